import { describe, expect, it } from 'vitest';
import { badgeCandidates, placeBadge } from '../../../lib/content/badge-placement';

const editor = { left: 100, top: 200, width: 400, height: 80 };
const size = { width: 48, height: 24 };

describe('placeBadge', () => {
  it('prefers the spot above the editor’s top-right corner', () => {
    expect(placeBadge(editor, size, () => true)).toEqual({ left: 452, top: 172, width: 48, height: 24 });
  });

  it('moves to the next clear spot when a control of the site is there', () => {
    const [aboveRight, aboveLeft] = badgeCandidates(editor, size);
    const same = (a: typeof aboveLeft, b: typeof aboveLeft) => a!.left === b!.left && a!.top === b!.top;
    expect(placeBadge(editor, size, (box) => !same(box, aboveRight))).toEqual(aboveLeft);
  });

  it('never returns a spot that covers a control when a clear one exists', () => {
    const candidates = badgeCandidates(editor, size);
    const clear = candidates[3]!;
    expect(placeBadge(editor, size, (box) => box.top === clear.top && box.left === clear.left)).toEqual(
      clear,
    );
  });

  it('falls back to the first spot when none is clear', () => {
    expect(placeBadge(editor, size, () => false)).toEqual(badgeCandidates(editor, size)[0]);
  });
});
