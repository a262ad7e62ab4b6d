/**
 * Disclosure through the role or the team: "as an engineer at Dell", "I'm a Dell product manager",
 * "part of the Dell team", "I work in Dell sales". A job title with the company, or the company's
 * team, says the author works there as clearly as "I work for Dell" — a bare "a Dell fan" does not,
 * so the phrasing needs a title from the policy's list or the word "team".
 */
import type { TermMatch } from '../terms.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Characters a role phrasing may span before the company's name ("as one of the … at Dell"), and after it. */
const BEFORE = 80;
const WORD = /[\p{L}\p{N}_]/u;
const AFTER = 60;

/** The company's name, and the role phrasings around it. */
export interface RoleMatcher {
  company: RegExp;
  role: RegExp;
}

/** The role phrasings of `company` with these job titles; null without a company. */
export function roleDisclosureMatcher(company: string, titles: readonly string[]): RoleMatcher | null {
  const co = company.trim();
  if (!co) return null;
  const c = escapeRe(co).replace(/\s+/g, '\\s+');
  const t = titles.length
    ? `(?:${titles.map((x) => escapeRe(x.trim()).replace(/\s+/g, '\\s+')).join('|')})s?`
    : '(?!)';
  const word = '[\\p{L}-]+\\s+';
  const I = "(?:as|i['’]?m|i\\s+am|i\\s+was|being)";
  const role = new RegExp(
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
  return { company: new RegExp(c, 'giu'), role };
}

/**
 * Role disclosures in `text`: the role regex runs only on a window around each mention of the
 * company, so a long draft costs a literal search, not a scan with every phrasing at every offset.
 */
export function findRoleDisclosures(text: string, m: RoleMatcher | null): TermMatch[] {
  const out: TermMatch[] = [];
  if (!m) return out;
  let from = 0;
  m.company.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = m.company.exec(text)) !== null && out.length < 20) {
    let start = Math.max(from, c.index - BEFORE);
    // Start the window on a word's edge, so the phrasing's own word boundary still holds.
    while (start > from && WORD.test(text.charAt(start - 1))) start--;
    const window = text.slice(start, c.index + c[0].length + AFTER);
    m.role.lastIndex = 0;
    const r = m.role.exec(window);
    if (r) {
      out.push({ start: start + r.index, end: start + r.index + r[0].length, text: r[0], group: 0 });
      from = start + r.index + r[0].length;
      m.company.lastIndex = Math.max(m.company.lastIndex, from);
    }
  }
  m.company.lastIndex = 0;
  m.role.lastIndex = 0;
  return out;
}
