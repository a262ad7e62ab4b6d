/** Normalise a handle for comparison: no leading @, no spaces, lower case. */
export function normHandle(h: string): string {
  return h.trim().replace(/^@/, '').replace(/\s+/g, '').toLowerCase();
}
