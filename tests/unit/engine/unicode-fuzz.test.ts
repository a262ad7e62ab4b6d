/**
 * Fuzzing evaluate with long drafts from every Unicode plane (lone surrogates, U+FEFF and the
 * rules' own triggers among them), up to 100,000 characters: it never throws, and every finding's
 * offsets lie inside the draft on code point boundaries. Speed: tests/bench/unicode.bench.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Draft } from '../../../lib/engine/index.ts';
import { DEFAULT_POLICY } from '../../../lib/policy/index.ts';
import { unicodeDraft } from '../../bench/unicode-drafts.ts';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function check(draft: Draft): void {
  const { text } = draft;
  for (const f of evaluate(draft, DEFAULT_POLICY)) {
    if (f.start === undefined && f.end === undefined) continue;
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), f.ruleId).toBe(true);
    expect(0 <= f.start! && f.start! < f.end! && f.end! <= text.length, f.ruleId).toBe(true);
    expect(splitsPair(text, f.start!) || splitsPair(text, f.end!), `${f.ruleId} splits a pair`).toBe(false);
  }
}

const draftOf = fc
  .record({
    seed: fc.integer(),
    length: fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 2_000, max: 100_000 })),
    plane: fc.integer({ min: 0, max: 16 }),
    platform: fc.constantFrom('x' as const, 'facebook' as const, 'linkedin' as const),
    surface: fc.constantFrom('post' as const, 'reply' as const, 'comment' as const),
  })
  .map(({ seed, length, plane, platform, surface }): Draft => {
    const text = unicodeDraft(seed, length, plane);
    return {
      text,
      platform,
      surface,
      replyTo: surface === 'post' ? undefined : { text: text.slice(0, 2_000) },
      training: { state: 'none' },
    };
  });

describe('evaluate under fuzzing with every Unicode plane', () => {
  it('never throws, and offsets lie inside the draft on code point boundaries', () => {
    fc.assert(fc.property(draftOf, check), { numRuns: 60 });
  }, 120_000);

  it('each plane at 100,000 characters', () => {
    for (let plane = 0; plane <= 16; plane++)
      check({
        text: unicodeDraft(plane, 100_000, plane),
        platform: 'x',
        surface: 'post',
        training: { state: 'none' },
      });
  }, 120_000);
});
