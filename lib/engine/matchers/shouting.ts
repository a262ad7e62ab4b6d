/** Shouting: runs of capitalised words, and the same words in sentence case for the fix. */
import type { Span } from '../spans.ts';

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

/** The segment in sentence case, keeping the words in `keep` (XPS, APEX…) and "I". */
export function sentenceCase(segment: string, keep: Set<string>): string {
  let out = segment.toLowerCase().replace(/[\p{L}\p{N}'’]+/gu, (w, offset: number) => {
    const orig = segment.slice(offset, offset + w.length);
    if (keep.has(orig) || orig === 'I' || /^I['’]/.test(orig)) return orig;
    return w;
  });
  out = out.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, p: string, ch: string) => p + ch.toUpperCase());
  return out;
}
