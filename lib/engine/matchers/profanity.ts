/**
 * Profanity: obscenity's English list plus the policy's extra terms, catching obfuscations such as
 * f.u.c.k, sh1t, f*ck, without flagging clean words that contain a rude root (Scunthorpe, cocktail).
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { lowerIfSafe } from '../case.ts';
import { findAll, type Searchable, type TermMatch } from '../terms.ts';

/** The word lists of a policy, compiled. */
export interface ProfanityLists {
  builtIn: boolean;
  extra: Searchable | null;
  /** Lower-cased words that are never flagged. */
  allow: Set<string>;
}

let obscenity: RegExpMatcher | null = null;
const matcher = () =>
  (obscenity ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers }));

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
/** Strong roots: any token whose skeleton contains one is confirmed with obscenity. */
const STRONG =
  /f+u+c*k|f+c+k|sh+i+t|c+u+n+t|b+i+t+c+h|bastard|wh+o+r+e|slut|twat|wank|nigg|fag|retard|motherf|cocksuck|jizz|bollock/;
/** Ambiguous roots: only these whole words count (so "class", "title", "Hancock" stay clean). */
const WHOLE =
  /^(?:ass|asses|asshole|assholes|arse|arsehole|dick|dicks|dickhead|dickheads|cock|cocks|piss|pissed|pissing|prick|pricks|pussy|pussies|tits|titties|cum|porn|porno|skank|turd|turds)$/;
/** Slurs and vulgar slang that obscenity's English list leaves out: whole words only. */
const SLURS =
  /^(?:biatch|beyotch|hoes?|thots?|dykes?|coons?|nigs?|trann(?:y|ies)|wetbacks?|beaners?|chinks?|spics?|kikes?|towelheads?|ragheads?|rednecks?)$/;
/** Three or more single letters, each followed by one space: a word spelled out. */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:[\p{L}*@$] ){2,}[\p{L}*@$](?![\p{L}\p{N}])/gu;
/** Masked spellings: f*ck, f**k, sh*t, b*tch, a**hole, c*nt. */
const MASKED =
  /^(?:f[*u]+c?k|f\*+|f\*+ing|sh\*+t|s\*+t|b\*+tch|a\*+hole|a\*\*|c\*+nt|fu\*+)(?:s|ing|ed|er|y)?$/;

const tokenCache = new Map<string, boolean>();
/** Clean words the root check would otherwise catch. */
const CLEAN_WORDS = new Set([
  'shiitake',
  'shitake',
  'cocktail',
  'cockpit',
  'scunthorpe',
  'peacock',
  'hancock',
  'dickens',
  'cumulative',
  'titan',
]);

/** Clear the per-token memo (for benchmarks measuring cold runs). */
export function clearToneCaches(): void {
  tokenCache.clear();
}

function skeleton(token: string): string {
  let s = '';
  const lower = token.toLowerCase();
  for (const ch of lower) {
    if (ch >= 'a' && ch <= 'z') s += ch;
    else if (ch === '*') s += '*';
    else if (LEET[ch] !== undefined) s += LEET[ch];
    else if (ch > '\u007f' && /\p{L}/u.test(ch)) s += ch;
  }
  // A trailing "!" is punctuation, not a leet "i": drop the skeleton's trailing i's (a loop, as
  // /i+$/ is quadratic on a long run of i's).
  if (!token.endsWith('!')) return s;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 105) end--;
  return s.slice(0, end);
}

export function isProfane(token: string): boolean {
  const cached = tokenCache.get(token);
  if (cached !== undefined) return cached;
  const sk = skeleton(token);
  let result = false;
  if (sk.length >= 3 && !CLEAN_WORDS.has(sk)) {
    if (sk.includes('*')) result = MASKED.test(sk);
    else if (WHOLE.test(sk) || SLURS.test(sk)) result = true;
    else {
      // "ph" spelled for "f" (phuck): the same roots, sounded out.
      const sounded = sk.includes('ph') ? sk.replace(/ph/g, 'f') : sk;
      if (STRONG.test(sounded)) result = matcher().hasMatch(sounded);
    }
  }
  if (tokenCache.size > 2000) tokenCache.clear();
  tokenCache.set(token, result);
  return result;
}

/** 0 = not in a token; 1 = token edge only (! . _ ' ’ -); 2 = token core (letter, digit, @ $ *). */
const ASCII_CLASS = new Uint8Array(128);
for (let i = 0; i < 128; i++) {
  const ch = String.fromCharCode(i);
  ASCII_CLASS[i] = /[A-Za-z0-9@$*]/.test(ch) ? 2 : /[!._'-]/.test(ch) ? 1 : 0;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const classCache = new Map<number, number>();
function charClass(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  if (cp === 0x2019) return 1;
  let k = classCache.get(cp);
  if (k === undefined) {
    k = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
    if (classCache.size < 4096) classCache.set(cp, k);
  }
  return k;
}
/** Leading characters trimmed from a token ([._'’!-]); trailing ones exclude "!". */
const isLeadPunct = (code: number) =>
  code === 46 || code === 95 || code === 39 || code === 0x2019 || code === 33 || code === 45;
const isTrailPunct = (code: number) => code !== 33 && isLeadPunct(code);

/**
 * Profanity spans in `text` (the built-in list when `builtIn`, and the policy's extra terms).
 *
 * Tokens are the maximal runs of [\p{L}\p{N}@$*!._'’-] that hold at least one of [\p{L}\p{N}@$*]
 * (what /[\p{L}\p{N}@$*!._'’-]*[\p{L}\p{N}@$*][\p{L}\p{N}@$*!._'’-]*\/gu finds), scanned by hand
 * in one pass; each distinct token is judged once and memoised.
 */
export function findProfanity(
  text: string,
  lists: ProfanityLists,
  lower: string | null = lowerIfSafe(text),
): TermMatch[] {
  const out: TermMatch[] = [];
  if (lists.builtIn) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      // Find the next run of token characters.
      let cp = text.codePointAt(i)!;
      let k = charClass(cp);
      if (k === 0) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const runStart = i;
      let core = false;
      while (i < n) {
        cp = text.codePointAt(i)!;
        k = charClass(cp);
        if (k === 0) break;
        if (k === 2) core = true;
        i += cp > 0xffff ? 2 : 1;
      }
      if (!core) continue;
      // Trim punctuation around the word (keep * inside masked words).
      let start = runStart;
      while (isLeadPunct(text.charCodeAt(start))) start++;
      let end = i;
      while (end > start && isTrailPunct(text.charCodeAt(end - 1))) end--;
      if (end - start < 3) continue;
      const tok = text.slice(start, end);
      if (!isProfane(tok)) continue;
      if (lists.allow.has(tok.toLowerCase())) continue;
      if (/^[\p{L}]+$/u.test(tok) && !/[a-z]/i.test(tok)) continue; // non-Latin words
      // "Dick Smith": a capitalised name followed by another capitalised word.
      if (/^[A-Z][a-z]+$/.test(tok) && /^\s+[A-Z]/.test(text.slice(end, end + 3))) continue;
      out.push({ start, end, text: tok, group: 0 });
      if (out.length > 200) break;
    }
  }
  if (lists.builtIn && text.includes(' ')) {
    // Letters spaced out ("f u c k"): the word they spell.
    for (const m of findAll(SPACED_LETTERS, text, 50)) {
      if (isProfane(m.text.replace(/ /g, '')) && !out.some((o) => o.start < m.end && m.start < o.end))
        out.push(m);
    }
  }
  for (const m of findAll(lists.extra, text, 200, lower)) {
    if (!out.some((o) => o.start < m.end && m.start < o.end) && !lists.allow.has(m.text.toLowerCase()))
      out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}
