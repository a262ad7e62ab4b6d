/**
 * Where a card goes, as pure geometry (rectangles in, a rectangle out, all in viewport
 * coordinates): a finding's card just below or above its words, the badge's list on the side of
 * the compose box that has room. Each keeps inside the viewport and off the rectangles it must not
 * cover (the rows being typed, the site's submit button and toolbar); when nothing is clear, the
 * spot that covers least of them.
 */
import type { Box } from '../editor/geometry';

export interface Size {
  width: number;
  height: number;
}

/** Space between a card and what it is placed against. */
export const GAP = 6;
/** Space kept between a card and the viewport's edges. */
export const MARGIN = 8;

const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(right(a), right(b)) - Math.max(a.left, b.left);
  const h = Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

export function intersects(a: Box, b: Box): boolean {
  return overlapArea(a, b) > 0;
}

/** The smallest box around `boxes` (the first when there is only one). */
export function union(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  return {
    left,
    top,
    width: Math.max(...boxes.map(right)) - left,
    height: Math.max(...boxes.map(bottom)) - top,
  };
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

function inViewport(b: Box, viewport: Size): boolean {
  return (
    b.left >= MARGIN - 0.5 &&
    b.top >= MARGIN - 0.5 &&
    right(b) <= viewport.width - MARGIN + 0.5 &&
    bottom(b) <= viewport.height - MARGIN + 0.5
  );
}

/** Moved (and if need be shortened) to lie inside the viewport. */
function intoViewport(b: Box, viewport: Size): Box {
  const height = Math.min(b.height, viewport.height - 2 * MARGIN);
  const width = Math.min(b.width, viewport.width - 2 * MARGIN);
  return {
    left: clamp(b.left, MARGIN, viewport.width - MARGIN - width),
    top: clamp(b.top, MARGIN, viewport.height - MARGIN - height),
    width,
    height,
  };
}

const covered = (b: Box, avoid: readonly Box[]) => avoid.reduce((sum, a) => sum + overlapArea(b, a), 0);

/**
 * The first candidate that lies in the viewport and covers nothing in `avoid`; else the first
 * that does once moved into the viewport; else, moved into the viewport, the one that covers least.
 */
export function pickSpot(candidates: readonly Box[], viewport: Size, avoid: readonly Box[]): Box {
  const clear = (b: Box) => covered(b, avoid) === 0;
  const exact = candidates.find((b) => inViewport(b, viewport) && clear(b));
  if (exact) return exact;
  const moved = candidates.map((b) => intoViewport(b, viewport));
  const cleared = moved.find(clear);
  if (cleared) return cleared;
  return moved.reduce((best, b) => (covered(b, avoid) < covered(best, avoid) ? b : best));
}

/** Horizontal spots for a card of `width` against `anchor`: its left edges aligned, then right edges. */
function alignments(anchor: Box, width: number, viewport: Size): number[] {
  const lefts = [anchor.left, right(anchor) - width, MARGIN, viewport.width - MARGIN - width];
  return lefts.map((left) => clamp(left, MARGIN, Math.max(MARGIN, viewport.width - MARGIN - width)));
}

/**
 * A finding's card: just below the last row of its words, else just above the first; then below
 * or above `around` (the compose box), for when the words sit among rows the card must not cover.
 */
export function placeCard(
  rows: readonly Box[],
  size: Size,
  viewport: Size,
  avoid: readonly Box[],
  around?: Box,
): Box {
  if (rows.length === 0) throw new Error('placeCard needs the boxes of the words');
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const { width, height } = size;
  const spots: { anchor: Box; top: number }[] = [
    { anchor: last, top: bottom(last) + GAP },
    { anchor: first, top: first.top - GAP - height },
  ];
  if (around)
    spots.push(
      { anchor: first, top: bottom(around) + GAP },
      { anchor: first, top: around.top - GAP - height },
    );
  // Near the words first (below, above, then around the box); off to the viewport's sides last.
  const candidates = [0, 2].flatMap((from) =>
    spots.flatMap(({ anchor, top }) =>
      alignments(anchor, width, viewport)
        .slice(from, from + 2)
        .map((left) => ({ left, top, width, height })),
    ),
  );
  return pickSpot(candidates, viewport, avoid);
}

/**
 * The badge's list beside the compose box: right of it, left of it, below it, above it; the first
 * side with room wins (top-aligned with the box beside it, right-aligned with it below or above).
 */
export function placeBeside(box: Box, size: Size, viewport: Size, avoid: readonly Box[]): Box {
  const { width, height } = size;
  const candidates: Box[] = [
    { left: right(box) + GAP, top: box.top, width, height },
    { left: box.left - GAP - width, top: box.top, width, height },
    ...alignments(box, width, viewport).map((left) => ({ left, top: bottom(box) + GAP, width, height })),
    ...alignments(box, width, viewport).map((left) => ({ left, top: box.top - GAP - height, width, height })),
  ];
  return pickSpot(candidates, viewport, [box, ...avoid]);
}

/**
 * The rows of a compose box at and after the caret's line: the text being written, which no card
 * may cover. Without a caret in the box (a textarea has no text geometry) the whole box.
 */
export function rowsFromCaret(editor: Box, caretTop: number | undefined): Box {
  if (caretTop === undefined || caretTop < editor.top || caretTop > bottom(editor)) return editor;
  return { left: editor.left, top: caretTop, width: editor.width, height: bottom(editor) - caretTop };
}
