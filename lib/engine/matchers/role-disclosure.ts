/**
 * Disclosure through the role or the team: "as an engineer at Dell", "I'm a Dell product manager",
 * "part of the Dell team", "I work in Dell sales". A job title with the company, or the company's
 * team, says the author works there as clearly as "I work for Dell" — a bare "a Dell fan" does not,
 * so the phrasing needs a title from the policy's list or the word "team".
 */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One regex for the role phrasings of `company` with these job titles; null without a company. */
export function roleDisclosureRegex(company: string, titles: readonly string[]): RegExp | null {
  const co = company.trim();
  if (!co) return null;
  const c = escapeRe(co).replace(/\s+/g, '\\s+');
  const t = titles.length
    ? `(?:${titles.map((x) => escapeRe(x.trim()).replace(/\s+/g, '\\s+')).join('|')})s?`
    : '(?!)';
  const word = '[\\p{L}-]+\\s+';
  const I = "(?:as|i['’]?m|i\\s+am|i\\s+was|being)";
  return new RegExp(
    [
      // as an engineer at Dell · I'm a senior product manager with Dell
      `${I}\\s+(?:an?|the|one\\s+of\\s+the)\\s+(?:${word}){0,3}${t}\\s+(?:at|with|for|in)\\s+${c}`,
      // as a Dell product manager · I'm a Dell engineer
      `${I}\\s+(?:an?|the)\\s+${c}\\s+(?:${word}){0,2}${t}`,
      // part of the Dell team · on the Dell EMC sales team · joined the Dell team
      `(?:part\\s+of|on|joined|member\\s+of)\\s+the\\s+${c}\\s+(?:${word}){0,2}team`,
      // I work in Dell sales · I work on the Dell storage team
      `i\\s+work\\s+(?:in|on)\\s+(?:the\\s+)?${c}\\b`,
    ]
      .map((p) => `(?<![\\p{L}\\p{N}_])${p}(?![\\p{L}\\p{N}_])`)
      .join('|'),
    'giu',
  );
}
