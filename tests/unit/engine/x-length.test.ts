/** The chunked X length against twitter-text's own parseTweet, on generated posts. */
import fc from 'fast-check';
import twitterConfigs from 'twitter-text/dist/configs.js';
import parseTweet from 'twitter-text/dist/parseTweet.js';
import { describe, expect, it } from 'vitest';
import { xLength, xLengthUpperBound } from '../../../lib/engine/matchers/x-length.ts';

const piece = fc.oneof(
  fc.constantFrom(
    'hello',
    'Dell',
    'https://www.dell.com/en-us/shop/laptops/xps',
    'dell.com/support',
    'www.example.org',
    '😀',
    '👩‍💻',
    '🇺🇸',
    '中文字',
    'こんにちは',
    '#IWorkForDell',
    '@DellCares',
    'naïve',
    '—',
    '…',
    'a.b.c',
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const space = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\u00a0');
const post = fc
  .array(fc.tuple(piece, space), { maxLength: 400 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''))
  // parseTweet measures the NFC form; drafts come from editors, which keep the text as typed.
  .filter((t) => t === t.normalize() && !/[\ufeff\ufffe\uffff]/.test(t));

describe('xLength', () => {
  it('is parseTweet: the same weighted length and the same cut at the limit', () => {
    fc.assert(
      fc.property(post, fc.constantFrom(280, 100, 25), (text, limit) => {
        const ours = xLength(text, limit);
        const theirs = parseTweet(text, { ...twitterConfigs.defaults, maxWeightedTweetLength: limit });
        expect(ours.length).toBe(theirs.weightedLength);
        expect(ours.fitsUntil).toBe(theirs.weightedLength > limit ? theirs.validRangeEnd + 1 : text.length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
  it('stays linear on a run without white space', () => {
    // parseTweet takes most of a second on this; the run is counted character by character.
    expect(xLength('a.'.repeat(10_000), 280)).toEqual({ length: 20_000, fitsUntil: 280 });
  });
  it('cuts after U+FEFF where the weights say, and never inside a surrogate pair', () => {
    // U+FEFF weighs 2 like any character outside X's light ranges: 2 + 278 × 1 = 280.
    expect(xLength('\ufeff' + 'a'.repeat(300), 280)).toEqual({ length: 302, fitsUntil: 279 });
    const emoji = '😀'.repeat(200); // 2 each: the 141st emoji is the first past 280
    expect(xLength(emoji, 280).fitsUntil).toBe(280);
    expect(xLength('a' + emoji, 280).fitsUntil).toBe(1 + 2 * 139);
  });
  it('has a cheap upper bound that is never below the weighted length', () => {
    fc.assert(
      fc.property(fc.oneof(post, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        expect(xLengthUpperBound(text)).toBeGreaterThanOrEqual(xLength(text, 280).length);
      }),
      { numRuns: 500 },
    );
    // Tight enough for an everyday post: 200 Latin characters and two sentences stay under 90% of 280.
    expect(xLengthUpperBound('a'.repeat(98) + '. ' + 'b'.repeat(98) + '.')).toBe(245);
  }, 60_000);
});
