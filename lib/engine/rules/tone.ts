/**
 * Be nice / be responsible: profanity (obscenity's English list plus the policy's extra terms,
 * catching obfuscations such as f.u.c.k, sh1t, f*ck), insults, shouting, slamming competitors or
 * "the other side", and joining a hostile thread.
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { Compiled } from '../compile.ts';
import type { Ctx } from '../context.ts';
import { deletionSpan, findAll, format, lowerIfSafe, type Span, type TermMatch } from '../text.ts';
import type { Finding } from '../types.ts';
import type { Policy } from '../../policy/schema.ts';

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
  // Trailing "!" and "." are punctuation, not letters.
  return s.replace(/i+$/, (m) => (/[!]+$/.test(token) ? '' : m));
}

export function isProfane(token: string): boolean {
  const cached = tokenCache.get(token);
  if (cached !== undefined) return cached;
  const sk = skeleton(token);
  let result = false;
  if (sk.length >= 3 && !CLEAN_WORDS.has(sk)) {
    if (sk.includes('*')) result = MASKED.test(sk);
    else if (WHOLE.test(sk)) result = true;
    else if (STRONG.test(sk)) result = matcher().hasMatch(sk);
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
 * Profanity spans in `text` (built-in list and the policy's extra terms).
 *
 * Tokens are the maximal runs of [\p{L}\p{N}@$*!._'’-] that hold at least one of [\p{L}\p{N}@$*]
 * (what /[\p{L}\p{N}@$*!._'’-]*[\p{L}\p{N}@$*][\p{L}\p{N}@$*!._'’-]*\/gu finds), scanned by hand
 * in one pass; each distinct token is judged once and memoised.
 */
export function findProfanity(
  text: string,
  policy: Policy,
  c: Compiled,
  lower: string | null = lowerIfSafe(text),
): TermMatch[] {
  const cfg = policy.tone.profanity;
  const out: TermMatch[] = [];
  if (cfg.builtIn) {
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
      if (c.profanityAllow.has(tok.toLowerCase())) continue;
      if (/^[\p{L}]+$/u.test(tok) && !/[a-z]/i.test(tok)) continue; // non-Latin words
      // "Dick Smith": a capitalised name followed by another capitalised word.
      if (/^[A-Z][a-z]+$/.test(tok) && /^\s+[A-Z]/.test(text.slice(end, end + 3))) continue;
      out.push({ start, end, text: tok, group: 0 });
      if (out.length > 200) break;
    }
  }
  for (const m of findAll(c.profanityExtra, text, 200, lower)) {
    if (!out.some((o) => o.start < m.end && m.start < o.end) && !c.profanityAllow.has(m.text.toLowerCase()))
      out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Runs of capitalised words with at least `minLetters` capitals and `minWords` words. */
export function findShouting(text: string, minLetters: number, minWords: number): Span[] {
  const out: Span[] = [];
  let runStart = -1;
  let lastUpper = -1;
  let letters = 0;
  let words = 0;
  let inWord = false;
  let wordLen = 0;
  let lastGood = -1; // end of the last capitalised word of 2+ letters (a trailing "I" is not shouting)
  const endWord = () => {
    if (inWord && wordLen >= 2) lastGood = lastUpper;
    inWord = false;
    wordLen = 0;
  };
  const close = () => {
    endWord();
    if (runStart >= 0 && lastGood >= runStart && letters >= minLetters && words >= minWords) {
      out.push({ start: runStart, end: lastGood + 1 });
    }
    runStart = -1;
    lastUpper = -1;
    lastGood = -1;
    letters = 0;
    words = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let upper = false;
    let lower = false;
    if (code >= 65 && code <= 90) upper = true;
    else if (code >= 97 && code <= 122) lower = true;
    else if (code > 127) {
      const ch = text.charAt(i);
      const lc = ch.toLowerCase();
      const uc = ch.toUpperCase();
      if (lc !== uc) {
        upper = ch === uc;
        lower = ch === lc;
      }
    }
    // Outside a run only a capital letter matters (every other branch would leave the state as is).
    if (runStart < 0 && !upper) continue;
    if (lower) {
      inWord = false; // a lower-case letter ends the run; its word does not count
      wordLen = 0;
      close();
      continue;
    }
    if (upper) {
      if (runStart < 0) runStart = i;
      if (!inWord) words++;
      inWord = true;
      wordLen++;
      letters++;
      lastUpper = i;
    } else {
      endWord();
      if (code === 10 && text.charCodeAt(i + 1) === 10) close();
    }
  }
  close();
  return out;
}

function sentenceCase(segment: string, keep: Set<string>): string {
  let out = segment.toLowerCase().replace(/[\p{L}\p{N}'’]+/gu, (w, offset: number) => {
    const orig = segment.slice(offset, offset + w.length);
    if (keep.has(orig) || orig === 'I' || /^I['’]/.test(orig)) return orig;
    return w;
  });
  out = out.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, p: string, ch: string) => p + ch.toUpperCase());
  return out;
}

/** Pairs of (target, negative word) within `window` characters of each other. */
function slams(targets: readonly TermMatch[], negatives: readonly TermMatch[], window: number) {
  const out: { target: TermMatch; span: Span }[] = [];
  for (const t of targets) {
    const n = negatives.find(
      (n) => (n.start >= t.end ? n.start - t.end : t.start - n.end) <= window && n.start !== t.start,
    );
    if (n) out.push({ target: t, span: { start: Math.min(t.start, n.start), end: Math.max(t.end, n.end) } });
  }
  return out;
}

/** True when a post reads as hostile (profanity, insults, hostile phrases or shouting). */
export function isHostile(text: string, policy: Policy, c: Compiled): boolean {
  if (!text) return false;
  const tone = policy.tone;
  const lower = lowerIfSafe(text);
  return (
    findAll(c.hostile, text, 1, lower).length > 0 ||
    findAll(c.insult, text, 1, lower).length > 0 ||
    findProfanity(text, policy, c, lower).length > 0 ||
    findShouting(text, tone.shouting.minLetters, tone.shouting.minWords).length > 0
  );
}

export const toneRule = (ctx: Ctx): Finding[] => {
  const { policy, c, text, draft } = ctx;
  const tone = policy.tone;
  if (!tone.enabled) return [];
  const out: Finding[] = [];
  const vars = { company: policy.company };

  if (tone.profanity.enabled) {
    const g = ctx.guideline(tone.profanity.guideline);
    for (const m of findProfanity(text, policy, c, ctx.lower())) {
      const del = deletionSpan(text, m.start, m.end);
      out.push({
        ruleId: 'tone.profanity',
        category: 'tone',
        severity: tone.profanity.severity,
        guideline: g,
        message: format(tone.profanity.message, { ...vars, term: m.text }),
        start: m.start,
        end: m.end,
        fixes: [
          {
            kind: 'remove',
            label: format(tone.profanity.fixLabel, { term: m.text }),
            edits: [{ ...del, text: '' }],
          },
        ],
      });
    }
  }
  if (tone.insult.enabled) {
    const g = ctx.guideline(tone.insult.guideline);
    for (const m of ctx.find(c.insult, 100)) {
      const s = tone.insult.suggestion;
      out.push({
        ruleId: 'tone.insult',
        category: 'tone',
        severity: tone.insult.severity,
        guideline: g,
        message: format(tone.insult.message, { ...vars, term: m.text }),
        start: m.start,
        end: m.end,
        fixes: s
          ? [
              {
                kind: 'rewrite',
                label: format(tone.insult.fixLabel, { suggestion: s }),
                edits: [{ start: m.start, end: m.end, text: s }],
              },
            ]
          : [],
      });
    }
  }
  if (tone.shouting.enabled) {
    const g = ctx.guideline(tone.shouting.guideline);
    for (const s of findShouting(text, tone.shouting.minLetters, tone.shouting.minWords)) {
      const fixed = sentenceCase(text.slice(s.start, s.end), c.keepUpper);
      out.push({
        ruleId: 'tone.shouting',
        category: 'tone',
        severity: tone.shouting.severity,
        guideline: g,
        message: format(tone.shouting.message, vars),
        start: s.start,
        end: s.end,
        fixes: [
          {
            kind: 'rewrite',
            label: tone.shouting.fixLabel,
            edits: [{ start: s.start, end: s.end, text: fixed }],
          },
        ],
      });
    }
  }
  const needNegatives = (tone.competitor.enabled && c.competitor) || (tone.otherSide.enabled && c.otherSide);
  if (needNegatives) {
    const negatives = ctx.find(c.negative, 500);
    if (negatives.length > 0) {
      const families = [
        ['tone.competitor', tone.competitor, c.competitor],
        ['tone.other-side', tone.otherSide, c.otherSide],
      ] as const;
      for (const [ruleId, cfg, re] of families) {
        if (!cfg.enabled) continue;
        for (const { target, span } of slams(ctx.find(re, 200), negatives, cfg.window)) {
          out.push({
            ruleId,
            category: 'tone',
            severity: cfg.severity,
            guideline: ctx.guideline(cfg.guideline),
            message: format(cfg.message, { ...vars, term: target.text }),
            start: span.start,
            end: span.end,
            fixes: [],
          });
        }
      }
    }
  }
  const replyText = typeof draft.replyTo?.text === 'string' ? draft.replyTo.text : '';
  if (tone.hostileThread.enabled && replyText && isHostile(replyText, policy, c)) {
    out.push({
      ruleId: 'tone.hostile-thread',
      category: 'tone',
      severity: tone.hostileThread.severity,
      guideline: ctx.guideline(tone.hostileThread.guideline),
      message: format(tone.hostileThread.message, vars),
      fixes: [],
    });
  }
  return out;
};
