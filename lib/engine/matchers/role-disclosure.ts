/**
 * Disclosure through the role or the team: "as an engineer at Dell", "I'm a Dell product manager",
 * "part of the Dell team", "I work in Dell sales". A job title with the company, or the company's
 * team, says the author works there as clearly as "I work for Dell" — a bare "a Dell fan" does not,
 * so the phrasing needs a title from the policy's list or the word "team".
 */
import { lowerIfSafe } from '../case.ts';
import type { TermMatch } from '../terms.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A phrase as regex source: its characters literally, any run of white space between words. */
const literal = (s: string) => escapeRe(s).replace(/\s+/g, '\\s+');

/** Characters a role phrasing may span before the company's name ("as one of the … at Dell"), and after it. */
const BEFORE = 80;
const WORD = /[\p{L}\p{N}_]/u;
const AFTER = 60;

/** The company's name, and the role phrasings around it. */
export interface RoleMatcher {
  company: RegExp;
  /** The phrasings, case-insensitive; built on first use (most windows use `lowerRole`). */
  readonly role: RegExp;
  /**
   * The same phrasings built from the lower-cased company and titles, without the `i` flag: on a
   * case-safe window's lower case it finds what `role` finds, and its first run costs a fraction
   * of the case-insensitive one's (whose letter classes V8 closes under case folding).
   */
  lowerRole: RegExp;
}

/** The role phrasings' source for this company and these job titles. */
function roleSource(company: string, titles: readonly string[]): string {
  const c = literal(company);
  const t = titles.length ? `(?:${titles.map((x) => literal(x.trim())).join('|')})s?` : '(?!)';
  const word = '[\\p{L}-]+\\s+';
  const I = "(?:as|i['’]?m|i\\s+am|i\\s+was|being)";
  return [
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
    .join('|');
}

/** The role phrasings of `company` with these job titles; null without a company. */
export function roleDisclosureMatcher(company: string, titles: readonly string[]): RoleMatcher | null {
  const co = company.trim();
  if (!co) return null;
  let role: RegExp | undefined;
  return {
    company: new RegExp(literal(co), 'giu'),
    get role() {
      return (role ??= new RegExp(roleSource(co, titles), 'giu'));
    },
    lowerRole: new RegExp(
      roleSource(
        co.toLowerCase(),
        titles.map((x) => x.toLowerCase()),
      ),
      'gu',
    ),
  };
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
    const lower = lowerIfSafe(window);
    const re = lower === null ? m.role : m.lowerRole;
    re.lastIndex = 0;
    const r = re.exec(lower ?? window);
    if (r) {
      const end = r.index + r[0].length;
      out.push({ start: start + r.index, end: start + end, text: window.slice(r.index, end), group: 0 });
      from = start + r.index + r[0].length;
      m.company.lastIndex = Math.max(m.company.lastIndex, from);
    }
  }
  m.company.lastIndex = 0;
  return out;
}
