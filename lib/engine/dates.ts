/** Policy dates: a date without a time is a whole day, UTC. */

/** The first instant of a date-only day, or the instant given. */
export const startOf = (date: string): number =>
  Date.parse(date.length === 10 ? date + 'T00:00:00.000Z' : date);

/** The last instant of a date-only day, or the instant given. */
export const endOf = (date: string): number =>
  Date.parse(date.length === 10 ? date + 'T23:59:59.999Z' : date);
