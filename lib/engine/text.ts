/** Small text helpers shared by the rule families. Pure; no DOM. */

export interface Span {
  start: number;
  end: number;
}

/** Replace `{name}` placeholders; unknown placeholders are left as they are. */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Regex source for one policy term (see lib/policy/schema.ts for the term syntax). */
export function termSource(term: string): string {
  let t = term.trim();
  let wildcard = false;
  if (t.endsWith('*') && t.length > 1) {
    wildcard = true;
    t = t.slice(0, -1);
  }
  let src = t
    .split(/\s+/)
    .map((w) => escapeRe(w).replace(/['’]/g, "['’]"))
    .join('\\s+');
  if (wildcard) src += '[\\p{L}\\p{N}]*';
  const last = t.charAt(t.length - 1);
  if ((wildcard || WORD_CHAR.test(last)) && !CJK.test(last)) src += '(?![\\p{L}\\p{N}_])';
  return src;
}

const startsBounded = (term: string) => !CJK.test(term.trim().charAt(0));

/**
 * Compile a list of literal terms into one global regex that finds them on word boundaries, or
 * null for an empty list. Terms are literals, so the regex has no catastrophic backtracking.
 */
export function termRegex(terms: readonly string[], caseSensitive = false): RegExp | null {
  const list = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  const bounded = list.filter(startsBounded).map(termSource);
  const free = list.filter((t) => !startsBounded(t)).map(termSource);
  const parts: string[] = [];
  if (bounded.length) parts.push(`(?<![\\p{L}\\p{N}_])(?:${bounded.join('|')})`);
  if (free.length) parts.push(`(?:${free.join('|')})`);
  return new RegExp(parts.join('|'), caseSensitive ? 'gu' : 'giu');
}

/** Like termRegex, but each list becomes a capture group so a match tells which list it came from. */
export function groupedTermRegex(lists: readonly (readonly string[])[]): RegExp | null {
  const groups = lists.map((terms) => {
    const list = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
    const alts = list.map((t) => (startsBounded(t) ? `(?<![\\p{L}\\p{N}_])${termSource(t)}` : termSource(t)));
    return alts.length ? `(${alts.join('|')})` : '(?!)';
  });
  if (!lists.some((l) => l.length)) return null;
  return new RegExp(groups.join('|'), 'giu');
}

export interface TermMatch extends Span {
  text: string;
  group: number;
}

/** All matches of a global regex (non-empty only), with the index of the capture group that hit. */
export function findAll(re: RegExp | null, text: string, limit = 1000): TermMatch[] {
  if (!re || text.length === 0) return [];
  const out: TermMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let group = 0;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        group = g - 1;
        break;
      }
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], group });
    if (out.length >= limit) break;
  }
  re.lastIndex = 0;
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Deleting [start, end) plus one adjacent space so no double space is left behind. */
export function deletionSpan(text: string, start: number, end: number): Span {
  if (text.charAt(end) === ' ') return { start, end: end + 1 };
  if (start > 0 && text.charAt(start - 1) === ' ') return { start: start - 1, end };
  return { start, end };
}

/** Normalise a handle for comparison: no leading @, no spaces, lower case. */
export function normHandle(h: string): string {
  return h.trim().replace(/^@/, '').replace(/\s+/g, '').toLowerCase();
}

/**
 * Edits that make the draft become `reply`: one edit [0, text.length) — an insertion into an empty
 * draft, otherwise a replacement of the whole draft.
 */
export function replaceDraftEdits(text: string, reply: string) {
  return [{ start: 0, end: text.length, text: reply }];
}
