/**
 * The report a "Flag for the listening team" builds: plain text the employee copies or sends from
 * their own mail program. Nothing of it is stored; the extension sends nothing.
 */

/** What a flagged post is about, as the listening team sorts its reports. */
export const FLAG_CATEGORIES = ['complaint', 'outage', 'security', 'praise', 'press'] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

export interface FlagReport {
  /** The post's address; absent when the page shows none. */
  link?: string;
  /** The site's name as people say it ("X (Twitter)"). */
  platform: string;
  /** The product or competitor it is about, as the policy names it. */
  product?: string;
  category: FlagCategory;
  /** What the employee typed, if anything. */
  note?: string;
  /** The local day it was flagged, YYYY-MM-DD. */
  day: string;
}

/** Longest note kept in a report (a mail program takes longer addresses, some browsers do not). */
export const MAX_NOTE_LENGTH = 500;

export function reportText(r: FlagReport): string {
  const note = r.note?.trim().slice(0, MAX_NOTE_LENGTH);
  return [
    'Flag for the listening team',
    `Post: ${r.link ?? '(no link on the page)'}`,
    `Platform: ${r.platform}`,
    `Product: ${r.product ?? '(not named)'}`,
    `Category: ${r.category}`,
    ...(note ? [`Note: ${note}`] : []),
    `Flagged on: ${r.day}`,
  ].join('\n');
}

/** A mailto: address that opens the report as an e-mail to `to`. */
export function reportMailto(to: string, r: FlagReport): string {
  const subject = `Listening: ${r.category}${r.product ? ` about ${r.product}` : ''} on ${r.platform}`;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(reportText(r))}`;
}
