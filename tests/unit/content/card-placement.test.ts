import { describe, expect, it } from 'vitest';
import {
  GAP,
  MARGIN,
  intersects,
  pickSpot,
  placeBeside,
  placeCard,
  rowsFromCaret,
  union,
} from '../../../lib/content/card-placement';
import type { Box } from '../../../lib/editor/geometry';

const VIEWPORT = { width: 1280, height: 800 };
const SIZE = { width: 320, height: 150 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const inside = (b: Box, viewport = VIEWPORT) =>
  b.left >= MARGIN &&
  b.top >= MARGIN &&
  b.left + b.width <= viewport.width - MARGIN &&
  b.top + b.height <= viewport.height - MARGIN;

describe('intersects', () => {
  it('counts overlap with area only (touching edges do not intersect)', () => {
    expect(intersects(box(0, 0, 10, 10), box(5, 5, 10, 10))).toBe(true);
    expect(intersects(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
    expect(intersects(box(0, 0, 10, 10), box(0, 10, 10, 10))).toBe(false);
  });

  it('union spans every box', () => {
    expect(union([box(10, 20, 5, 5), box(0, 40, 30, 10)])).toEqual(box(0, 20, 30, 30));
  });
});

describe('placeCard: a finding’s card beside its words', () => {
  const editor = box(100, 100, 600, 200);
  const words = [box(150, 120, 80, 20)];

  it('goes just below the words, left edges aligned, when nothing is in the way', () => {
    const spot = placeCard(words, SIZE, VIEWPORT, []);
    expect(spot).toEqual(box(150, 120 + 20 + GAP, 320, 150));
  });

  it('flips above the words when below would cover the rows being typed', () => {
    // The caret is on the line after the words.
    const typed = rowsFromCaret(editor, 290);
    const spot = placeCard([box(150, 260, 80, 20)], SIZE, VIEWPORT, [typed]);
    expect(intersects(spot, typed)).toBe(false);
    expect(spot).toEqual(box(150, 260 - GAP - 150, 320, 150));
  });

  it('flips above when the viewport ends below the words', () => {
    const low = [box(150, 700, 80, 20)];
    const spot = placeCard(low, SIZE, VIEWPORT, []);
    expect(spot.top + spot.height).toBe(700 - GAP);
    expect(inside(spot)).toBe(true);
  });

  it('stays in the viewport horizontally: a word at the right edge gets a card that ends inside', () => {
    const spot = placeCard([box(1200, 100, 60, 20)], SIZE, VIEWPORT, []);
    expect(inside(spot)).toBe(true);
    expect(spot.top).toBe(100 + 20 + GAP);
  });

  it('keeps off the site’s submit button by moving along the row', () => {
    const submit = box(140, 146, 100, 36);
    const spot = placeCard(words, SIZE, VIEWPORT, [submit]);
    expect(intersects(spot, submit)).toBe(false);
    expect(inside(spot)).toBe(true);
  });

  it('goes below the box when the words sit between rows it must not cover', () => {
    // A box as wide as the viewport; the caret is on the words' own line (everything from there
    // down is being typed) and the toolbar sits right above the words.
    const wide = box(8, 100, 1264, 200);
    const typed = rowsFromCaret(wide, 120);
    const toolbar = box(0, 60, 1280, 55);
    const spot = placeCard(words, SIZE, VIEWPORT, [typed, toolbar], wide);
    expect(intersects(spot, typed)).toBe(false);
    expect(intersects(spot, toolbar)).toBe(false);
    expect(spot.top).toBe(300 + GAP);
  });

  it('may sit beside a narrow box rather than over its rows', () => {
    const typed = rowsFromCaret(editor, 120);
    const spot = placeCard(words, SIZE, VIEWPORT, [typed], editor);
    expect(intersects(spot, typed)).toBe(false);
    expect(inside(spot)).toBe(true);
  });

  it('covers as little as it can when no spot is clear', () => {
    const everything = box(0, 0, 1280, 800);
    const spot = placeCard(words, SIZE, VIEWPORT, [everything]);
    expect(inside(spot)).toBe(true);
  });

  it('needs the words’ boxes', () => {
    expect(() => placeCard([], SIZE, VIEWPORT, [])).toThrow(/boxes of the words/);
  });
});

describe('placeBeside: the badge’s list on the side of the box that has room', () => {
  it('goes to the right of the box when there is room there', () => {
    const editor = box(100, 100, 500, 120);
    const spot = placeBeside(editor, SIZE, VIEWPORT, []);
    expect(spot).toEqual(box(600 + GAP, 100, 320, 150));
  });

  it('goes to the left when the right has no room', () => {
    const editor = box(500, 100, 700, 120);
    const spot = placeBeside(editor, SIZE, VIEWPORT, []);
    expect(spot).toEqual(box(500 - GAP - 320, 100, 320, 150));
  });

  it('goes below a box as wide as the viewport, off the submit button', () => {
    const editor = box(8, 100, 1264, 120);
    const submit = box(1150, 226, 100, 36);
    const spot = placeBeside(editor, SIZE, VIEWPORT, [submit]);
    expect(spot.top).toBe(220 + GAP);
    expect(intersects(spot, submit)).toBe(false);
    expect(intersects(spot, editor)).toBe(false);
  });

  it('goes above a wide box at the bottom of the viewport', () => {
    const editor = box(8, 600, 1264, 150);
    const spot = placeBeside(editor, SIZE, VIEWPORT, []);
    expect(spot.top + spot.height).toBe(600 - GAP);
  });

  it('is shortened to the viewport when it is taller than any room (it scrolls)', () => {
    const small = { width: 800, height: 300 };
    const spot = placeBeside(box(8, 8, 784, 284), { width: 320, height: 600 }, small, []);
    expect(spot.height).toBeLessThanOrEqual(300 - 2 * MARGIN);
    expect(inside(spot, small)).toBe(true);
  });
});

describe('rowsFromCaret', () => {
  const editor = box(100, 100, 600, 200);
  it('is the box from the caret’s line down', () => {
    expect(rowsFromCaret(editor, 180)).toEqual(box(100, 180, 600, 120));
  });
  it('is the whole box without a caret in it', () => {
    expect(rowsFromCaret(editor, undefined)).toEqual(editor);
    expect(rowsFromCaret(editor, 20)).toEqual(editor);
  });
});

describe('pickSpot', () => {
  it('prefers the first clear candidate in the viewport', () => {
    const a = box(10, 10, 50, 50);
    const b = box(100, 100, 50, 50);
    expect(pickSpot([a, b], VIEWPORT, [box(0, 0, 70, 70)])).toEqual(b);
  });
});
