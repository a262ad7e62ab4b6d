/**
 * Term lists compiled to one regex each, and a fast scan for them: policy terms are literal phrases
 * matched case-insensitively on word boundaries (the syntax is in docs/policy-reference.md).
 */
import { allCaseSafe } from './case.ts';
import type { Span } from './spans.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const ASCII_WORD_CHAR = /^[A-Za-z0-9_]$/;
// ASCII characters are answered without the Unicode property regexes, whose first use (building
// their character classes) would otherwise be a good part of compiling an English-only policy.
const isWordChar = (c: string) => (c.charCodeAt(0) < 128 ? ASCII_WORD_CHAR.test(c) : WORD_CHAR.test(c));
const isCjk = (c: string) => c.charCodeAt(0) >= 128 && CJK.test(c);

const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** Regex source for one policy term, without its boundary checks, and whether it ends on one. */
function termBody(term: string): { body: string; endBounded: boolean } {
  let t = term.trim();
  let wildcard = false;
  if (t.endsWith('*') && t.length > 1) {
    wildcard = true;
    t = t.slice(0, -1);
  }
  let body = t
    .split(/\s+/)
    .map((w) => escapeRe(w).replace(/['’]/g, "['’]"))
    .join('\\s+');
  if (wildcard) body += '[\\p{L}\\p{N}]*';
  const last = t.charAt(t.length - 1);
  return { body, endBounded: (wildcard || isWordChar(last)) && !isCjk(last) };
}

const startsBounded = (term: string) => !isCjk(term.trim().charAt(0));

/**
 * Lower-case twins of the case-insensitive term regexes: the same source built from the lower-cased
 * terms, without the `i` flag. On a text whose characters are all "case-safe" (see lowerIfSafe) the
 * twin run on text.toLowerCase() finds exactly what the original finds on the text — same offsets,
 * same alternatives — and is several times faster than Unicode case-insensitive matching.
 */
interface Twin {
  /** The twin's source, made when the twin is first built. */
  source: () => string;
  /** Where a match can start, or null when the list has none (the twin's global regex runs). */
  index: PrefixIndex | null;
  /** The twin, global; built on first use. */
  re?: RegExp;
  /** The twin, sticky, tried at candidate starts only; built on first use. */
  sticky?: RegExp;
}

interface PrefixIndex {
  /** Per ASCII first character: 1 any second character, 2 a whitespace second, 4 see `pairs`. */
  first: Uint8Array;
  /** Bit sets of ASCII second characters per ASCII first character (4 words each). */
  pairs: Uint32Array;
  /** Everything involving a non-ASCII character: "c0:any", "c0:ws", "c0:c1". */
  other: Set<string>;
}

/** What findAll searches with: a regex of the engine's own, or a compiled term list. */
export type Searchable = RegExp | CompiledTerms;

/**
 * A compiled term list. Its regexes are built when a search first needs one: building a Unicode
 * case-insensitive regex is most of a policy's compile time (a command's start-up, a page's first
 * check), and a search on most texts needs only the sticky twin.
 */
export class CompiledTerms {
  private built: RegExp | undefined;
  constructor(
    /** Made when the regex is first built: most texts never need it. */
    private readonly source: () => string,
    private readonly flags: string,
    readonly twin: Twin | null,
  ) {}

  /** The regex that finds the terms in any text (global). */
  get regex(): RegExp {
    return (this.built ??= new RegExp(this.source(), this.flags));
  }
}

function twinTerms(list: readonly string[]): string[] | null {
  const lower = list.map((t) => t.toLowerCase());
  return lower.every((t, i) => t.length === list[i]!.length && allCaseSafe(list[i]!)) ? lower : null;
}

const APOSTROPHES = [39, 0x2019];
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
const WS_RE = /\s/u;

/**
 * A prefix index of a lower-cased, all-bounded term list: which first two characters a match can
 * start with. Null when some term can start without a word boundary (CJK) or with a surrogate.
 */
function prefixIndex(lists: readonly (readonly string[])[]): PrefixIndex | null {
  const first = new Uint8Array(128);
  const pairs = new Uint32Array(128 * 4);
  const other = new Set<string>();
  for (const list of lists) {
    for (const term of list) {
      const t = term.trim();
      if (!startsBounded(t)) return null;
      const base = t.endsWith('*') && t.length > 1 ? t.slice(0, -1) : t;
      const c0 = base.charCodeAt(0);
      if (isSurrogate(c0)) return null;
      const firsts = c0 === 39 || c0 === 0x2019 ? APOSTROPHES : [c0];
      const c1 = base.length > 1 ? base.charCodeAt(1) : -1;
      const kind = c1 < 0 || isSurrogate(c1) ? 'any' : WS_RE.test(base.charAt(1)) ? 'ws' : ('pair' as const);
      const seconds = c1 === 39 || c1 === 0x2019 ? APOSTROPHES : [c1];
      for (const f of firsts) {
        if (kind !== 'pair') {
          if (f < 128) first[f]! |= kind === 'any' ? 1 : 2;
          else other.add(`${f}:${kind}`);
          continue;
        }
        for (const sc of seconds) {
          if (f < 128) first[f]! |= 4; // an ASCII first character with a non-ASCII second: see `other`
          if (f < 128 && sc < 128) pairs[f * 4 + (sc >> 5)]! |= 1 << (sc & 31);
          else other.add(`${f}:${sc}`);
        }
      }
    }
  }
  return { first, pairs, other };
}

/**
 * The alternatives of a list (longest first), with the word-boundary checks of the usual term —
 * a word at both ends — taken out of the alternation: once per list instead of once per term,
 * which keeps a list of thousands of terms quick to compile and to run.
 */
function listSource(list: readonly string[]): string {
  const bounded: string[] = [];
  const others: string[] = [];
  for (const term of list) {
    const { body, endBounded } = termBody(term);
    if (startsBounded(term) && endBounded) bounded.push(body);
    else others.push((startsBounded(term) ? WORD_BEFORE : '') + body + (endBounded ? WORD_AFTER : ''));
  }
  if (bounded.length) others.unshift(`${WORD_BEFORE}(?:${bounded.join('|')})${WORD_AFTER}`);
  return others.join('|');
}

/**
 * Compile a list of literal terms into one global regex that finds them on word boundaries, or
 * null for an empty list. Terms are literals, so the regex has no catastrophic backtracking.
 */
export function termRegex(terms: readonly string[], caseSensitive = false): CompiledTerms | null {
  const list = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  if (caseSensitive) return new CompiledTerms(() => listSource(list), 'gu', null);
  const lower = twinTerms(list);
  const twin = lower ? { source: () => listSource(lower), index: prefixIndex([lower]) } : null;
  return new CompiledTerms(() => listSource(list), 'giu', twin);
}

function groupedSource(lists: readonly (readonly string[])[]): string {
  return lists.map((list) => (list.length ? `(${listSource(list)})` : '(?!)')).join('|');
}

/** Like termRegex, but each list becomes a capture group so a match tells which list it came from. */
export function groupedTermRegex(lists: readonly (readonly string[])[]): CompiledTerms | null {
  if (!lists.some((l) => l.length)) return null;
  const sorted = lists.map((terms) =>
    [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length),
  );
  const lower = sorted.map(twinTerms);
  const twin = lower.every((l) => l !== null)
    ? { source: () => groupedSource(lower as string[][]), index: prefixIndex(lower as string[][]) }
    : null;
  return new CompiledTerms(() => groupedSource(sorted), 'giu', twin);
}

export interface TermMatch extends Span {
  text: string;
  group: number;
}

/**
 * All matches of a global regex or a term list (non-empty only), with the index of the capture
 * group that hit. `lower` is lowerIfSafe(text) when the caller has it: a term list then runs its
 * lower-case twin.
 */
export function findAll(
  re: Searchable | null,
  text: string,
  limit = 1000,
  lower?: string | null,
): TermMatch[] {
  if (!re || text.length === 0) return [];
  const twin = lower != null && re instanceof CompiledTerms ? re.twin : null;
  if (twin?.index) return findIndexed(twin, twin.index, text, lower!, limit);
  const rx = twin
    ? (twin.re ??= new RegExp(twin.source(), 'gu'))
    : re instanceof CompiledTerms
      ? re.regex
      : re;
  const subject = twin ? lower! : text;
  const out: TermMatch[] = [];
  rx.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rx.exec(subject)) !== null) {
    if (m[0].length === 0) {
      rx.lastIndex++;
      continue;
    }
    out.push(termMatch(m, text, twin !== null));
    if (out.length >= limit) break;
  }
  rx.lastIndex = 0;
  return out;
}

function termMatch(m: RegExpExecArray, text: string, sliced: boolean): TermMatch {
  let group = 0;
  for (let g = 1; g < m.length; g++) {
    if (m[g] !== undefined) {
      group = g - 1;
      break;
    }
  }
  const end = m.index + m[0].length;
  return { start: m.index, end, text: sliced ? text.slice(m.index, end) : m[0], group };
}

const ASCII_WORD = new Uint8Array(128);
for (let i = 0; i < 128; i++) ASCII_WORD[i] = /[\p{L}\p{N}_]/u.test(String.fromCharCode(i)) ? 1 : 0;
const WORD_CP = /^[\p{L}\p{N}_]$/u;
const wordCache = new Map<number, boolean>();
function isWordCp(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let w = wordCache.get(cp);
  if (w === undefined) {
    w = WORD_CP.test(String.fromCodePoint(cp));
    if (wordCache.size < 8192) wordCache.set(cp, w);
  }
  return w;
}

let startsFor: string | null = null;
let startsBuf = new Int32Array(1024);
let startsLen = 0;
/**
 * Offsets where a bounded term may start: where (?<![\p{L}\p{N}_]) holds (the previous code point
 * is not a letter, digit or underscore), not inside a surrogate pair, into startsBuf; returns the
 * count. Cached for the last text.
 */
function boundaryStarts(lower: string): number {
  if (startsFor === lower) return startsLen;
  if (startsBuf.length < lower.length) startsBuf = new Int32Array(lower.length * 2);
  const out = startsBuf;
  let n = 0;
  let prevWord = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let cp = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < lower.length) {
      const lo = lower.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((code - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (!prevWord) out[n++] = i;
    prevWord = isWordCp(cp);
    i += width - 1;
  }
  startsFor = lower;
  startsLen = n;
  return n;
}

function isWs(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WS_RE.test(String.fromCharCode(code));
}

/**
 * findAll through the prefix index: the sticky twin is tried only at boundary offsets whose first
 * two characters can begin a term. A match of the global regex can only start at such an offset,
 * and the sticky regex at an offset behaves as the global one there, so the matches are the same.
 */
function findIndexed(
  twin: Twin,
  index: PrefixIndex,
  text: string,
  lower: string,
  limit: number,
): TermMatch[] {
  const out: TermMatch[] = [];
  const count = boundaryStarts(lower);
  const starts = startsBuf;
  const { first, pairs, other } = index;
  const sticky = (twin.sticky ??= new RegExp(twin.source(), 'uy'));
  let from = 0;
  for (let k = 0; k < count; k++) {
    const p = starts[k]!;
    if (p < from) continue;
    const c0 = lower.charCodeAt(p);
    const c1 = p + 1 < lower.length ? lower.charCodeAt(p + 1) : -1;
    let ok: boolean;
    if (c0 < 128) {
      const f = first[c0]!;
      if (f === 0) continue;
      ok =
        (f & 1) !== 0 ||
        ((f & 2) !== 0 && c1 >= 0 && isWs(c1)) ||
        ((f & 4) !== 0 &&
          c1 >= 0 &&
          (c1 < 128 ? ((pairs[c0 * 4 + (c1 >> 5)]! >>> (c1 & 31)) & 1) === 1 : other.has(`${c0}:${c1}`)));
    } else {
      ok =
        other.has(`${c0}:any`) ||
        (c1 >= 0 && ((other.has(`${c0}:ws`) && isWs(c1)) || other.has(`${c0}:${c1}`)));
    }
    if (!ok) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(lower);
    if (m === null || m[0].length === 0) continue;
    out.push(termMatch(m, text, true));
    from = p + m[0].length;
    if (out.length >= limit) break;
  }
  sticky.lastIndex = 0;
  return out;
}
