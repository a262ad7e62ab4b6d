/**
 * Which feed posts the screen passed over between two looks at the feed, from the posts' boxes
 * in document order (as `getBoundingClientRect` gives them, top to bottom) and how far the feed
 * moved. Pure geometry, for listen.ts: it reads a handful of boxes per look, by binary search,
 * however many posts the feed holds.
 */

/** A post's top and bottom on screen, in CSS pixels from the top of the viewport. */
export interface Box {
  top: number;
  bottom: number;
}

/** A stretch of the feed, in the same coordinates. */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * The stretch of the feed that went past the screen: `shift` is how far the feed moved down on
 * screen since the last look (negative when the employee scrolled down), `height` the viewport's.
 * The screen then was [0, height] and is now [-shift, height - shift] in the feed's old place,
 * so in today's coordinates the whole sweep is the union of [shift, shift + height] and [0, height].
 */
export function sweptBand(shift: number, height: number): Band {
  return { top: Math.min(0, shift), bottom: Math.max(height, shift + height) };
}

/**
 * The first index in [0, count) at which `after` holds, where it holds from some index on (count
 * when it never does), searched outward from `near`: about 2·log2 of the distance in calls.
 */
export function firstWhere(count: number, after: (i: number) => boolean, near = 0): number {
  if (count === 0) return 0;
  // The answer lies in (low, high]: after(low) fails (or low is -1), after(high) holds (or high is count).
  let low: number;
  let high: number;
  const start = Math.min(Math.max(near, 0), count - 1);
  if (after(start)) {
    high = start;
    for (let step = 1; ; step *= 2) {
      low = Math.max(high - step, -1);
      if (low < 0 || !after(low)) break;
      high = low;
    }
  } else {
    low = start;
    for (let step = 1; ; step *= 2) {
      high = Math.min(low + step, count);
      if (high >= count || after(high)) break;
      low = high;
    }
  }
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (after(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** The posts seen, as an index range [from, to); empty when from equals to. */
export interface Seen {
  from: number;
  to: number;
}

/**
 * The posts seen in `band`: those of which at least half lay inside it — half of the viewport's
 * height for a post taller than the viewport, so that a very tall post counts once the screen
 * has been filled with it for half its height. `near`: guesses of where the band's two ends meet
 * the feed, to search from.
 */
export function postsSeen(
  count: number,
  box: (i: number) => Box,
  band: Band,
  height: number,
  near: Seen = { from: 0, to: 0 },
): Seen {
  const shown = (b: Box) => Math.min(b.bottom, band.bottom) - Math.max(b.top, band.top);
  const enough = (b: Box) => shown(b) >= Math.min(b.bottom - b.top, height) / 2;
  let from = firstWhere(count, (i) => box(i).bottom > band.top, near.from);
  let to = firstWhere(count, (i) => box(i).top >= band.bottom, Math.max(near.to, from));
  if (from >= to) return { from, to: from };
  // Only the posts at the two ends can lie partly outside the band.
  if (!enough(box(from))) from++;
  if (from < to && !enough(box(to - 1))) to--;
  return { from, to: Math.max(from, to) };
}

/**
 * Where the feed meets height `y` on screen, guessed from one post's box and its place `at`, as if
 * every post were as tall as it: a place to search from.
 */
export function guessPlace(at: number, known: Box, y: number): number {
  const tall = Math.max(known.bottom - known.top, 1);
  return at + Math.floor((y - known.top) / tall);
}
