/** The flag's report: plain text for the clipboard, and the same as an e-mail to the policy's address. */
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH, reportMailto, reportText, type FlagReport } from '../../../lib/listening/report';

const report: FlagReport = {
  link: 'https://x.com/someone/status/1800000000',
  platform: 'X (Twitter)',
  product: 'XPS',
  category: 'outage',
  note: '  Three people say the same since 9am  ',
  day: '2026-12-01',
};

describe('the listening report', () => {
  it('names the link, site, product, category, note and day, one per line', () => {
    expect(reportText(report)).toBe(
      [
        'Flag for the listening team',
        'Post: https://x.com/someone/status/1800000000',
        'Platform: X (Twitter)',
        'Product: XPS',
        'Category: outage',
        'Note: Three people say the same since 9am',
        'Flagged on: 2026-12-01',
      ].join('\n'),
    );
  });

  it('says what is missing, leaves out an empty note and cuts a long one', () => {
    const text = reportText({ ...report, link: undefined, product: undefined, note: ' ' });
    expect(text).toContain('Post: (no link on the page)');
    expect(text).toContain('Product: (not named)');
    expect(text).not.toContain('Note:');
    expect(reportText({ ...report, note: 'x'.repeat(2 * MAX_NOTE_LENGTH) })).toContain(
      `Note: ${'x'.repeat(MAX_NOTE_LENGTH)}\n`,
    );
  });

  it('opens as an e-mail whose subject and body decode to the report', () => {
    const url = new URL(reportMailto('listening@example.com', { ...report, note: 'a & b = c?' }));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('listening@example.com');
    expect(url.searchParams.get('subject')).toBe('Listening: outage about XPS on X (Twitter)');
    expect(url.searchParams.get('body')).toBe(reportText({ ...report, note: 'a & b = c?' }));
  });
});
