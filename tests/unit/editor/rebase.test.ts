import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits } from '../../../lib/engine/edits';
import { diffRegion, rebaseEdits } from '../../../lib/editor/rebase';

describe('rebaseEdits', () => {
  const offered = 'Call me at 555-0143 please';
  const redact = [{ start: 11, end: 19, text: '[phone]' }];

  it('keeps edits as they are when nothing changed', () => {
    expect(rebaseEdits(redact, offered, offered)).toEqual(redact);
  });

  it('shifts an edit past text typed before it', () => {
    const now = 'Hi! Call me at 555-0143 please';
    const rebased = rebaseEdits(redact, offered, now)!;
    expect(applyEdits(now, rebased)).toBe('Hi! Call me at [phone] please');
  });

  it('keeps an edit in place when typing happened after it', () => {
    const now = `${offered} and thanks 🎉`;
    expect(applyEdits(now, rebaseEdits(redact, offered, now)!)).toBe(
      'Call me at [phone] please and thanks 🎉',
    );
  });

  it('withdraws an edit whose text was changed meanwhile', () => {
    expect(rebaseEdits(redact, offered, 'Call me at 555-0199 please')).toBeUndefined();
  });

  it('never applies at a stale offset: a rebased edit replaces exactly the text it was offered for', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (before, target, after, typed) => {
        const text = before + target + after;
        const edit = { start: before.length, end: before.length + target.length, text: 'X' };
        for (const now of [typed + text, text + typed, before + typed + target + after]) {
          const rebased = rebaseEdits([edit], text, now);
          if (!rebased) continue;
          const [r] = rebased;
          expect(now.slice(r!.start, r!.end)).toBe(target);
        }
      }),
    );
  });
});

describe('diffRegion', () => {
  it('finds the one changed region between two texts', () => {
    expect(diffRegion('abcdef', 'abXYdef')).toEqual({ start: 2, oldEnd: 3, delta: 1 });
    expect(diffRegion('same', 'same')).toBeUndefined();
  });
});
