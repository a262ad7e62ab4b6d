/**
 * X's weighted length (twitter-text's parseTweet: URLs 23, emoji 2, CJK 2, most Latin 1) in linear
 * time. parseTweet is superlinear on long runs without white space ("a." × 10,000 takes most of a
 * second), so the text is measured in chunks cut at white space — URLs and emoji never span white
 * space, so the sum is exact — and a single run longer than a chunk, which no real post has, is
 * counted character by character with X's weights.
 */
// Only the weighted-length parser, not the whole library (autolink, extractors…): a third of the size.
import twitterConfigs from 'twitter-text/dist/configs.js';
import parseTweet from 'twitter-text/dist/parseTweet.js';

const CHUNK = 1000;
/** Characters X refuses in a post. */
const INVALID = /[\ufeff\ufffe\uffff]/;
const INVALID_ALL = /[\ufeff\ufffe\uffff]/g;
const X = twitterConfigs.defaults as typeof twitterConfigs.defaults & {
  scale: number;
  defaultWeight: number;
  ranges: { start: number; end: number; weight: number }[];
};

/** X's weight of one code point, in characters (1 or 2). */
function codePointWeight(cp: number): number {
  const range = X.ranges.find((r) => cp >= r.start && cp <= r.end);
  return (range ? range.weight : X.defaultWeight) / X.scale;
}

/** Weighted length of a run without white space, and where it passes `room` (or -1), code point by code point. */
function measureRun(run: string, room: number): { length: number; passes: number } {
  let length = 0;
  let passes = -1;
  for (let i = 0; i < run.length;) {
    const cp = run.codePointAt(i)!;
    length += codePointWeight(cp);
    if (passes < 0 && length > room) passes = i;
    i += cp > 0xffff ? 2 : 1;
  }
  return { length, passes };
}

/** Chunks of at most CHUNK characters cut at white space (a longer run is a chunk of its own). */
function chunks(text: string): { start: number; text: string }[] {
  if (text.length <= CHUNK) return [{ start: 0, text }];
  const out: { start: number; text: string }[] = [];
  const pieces = text.match(/\s+|\S+/g) ?? [];
  let start = 0;
  let current = '';
  for (const piece of pieces) {
    if (current.length + piece.length > CHUNK && current !== '') {
      out.push({ start, text: current });
      start += current.length;
      current = '';
    }
    current += piece;
  }
  if (current !== '') out.push({ start, text: current });
  return out;
}

export interface XLength {
  /** X's weighted length of the whole text. */
  length: number;
  /** UTF-16 offset of the first character past `limit`, or text.length when it fits. */
  fitsUntil: number;
}

/**
 * A cheap upper bound of X's weighted length, so most drafts skip parseTweet (its URL search is
 * most of a check's cost on X): 1 per UTF-16 unit up to U+10FF (X's weight-1 range; composing and
 * emoji sequences only shorten), else 2, plus 23 per ASCII dot (every URL X counts has one).
 */
export function xLengthUpperBound(text: string): number {
  let bound = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bound += unit === 0x2e ? 24 : unit <= 0x10ff ? 1 : 2;
  }
  return bound;
}

/** Weighted length of `text` on X and the offset where it passes `limit`. */
export function xLength(text: string, limit: number): XLength {
  let length = 0;
  let fitsUntil = text.length;
  for (const chunk of chunks(text)) {
    const room = limit - length;
    if (chunk.text.length > CHUNK) {
      const run = measureRun(chunk.text, room);
      if (fitsUntil === text.length && run.passes >= 0) fitsUntil = chunk.start + run.passes;
      length += run.length;
      continue;
    }
    // parseTweet gives up on the cut when it meets a character X refuses (U+FEFF…); U+FFFD has the
    // same length and weight and lets it measure on.
    const measured = INVALID.test(chunk.text) ? chunk.text.replace(INVALID_ALL, '\ufffd') : chunk.text;
    const t = parseTweet(measured, {
      ...X,
      maxWeightedTweetLength: Math.max(0, room),
    });
    if (fitsUntil === text.length && t.weightedLength > room) {
      fitsUntil = chunk.start + (room <= 0 ? 0 : t.validRangeEnd + 1);
    }
    length += t.weightedLength;
  }
  // Never cut a surrogate pair in two.
  if (fitsUntil > 0 && fitsUntil < text.length && (text.charCodeAt(fitsUntil) & 0xfc00) === 0xdc00)
    fitsUntil--;
  return { length, fitsUntil };
}
