import { describe, expect, it } from 'vitest';
import { firstWhere, guessPlace, postsSeen, sweptBand, type Box } from '../../../lib/content/feed-sweep';

/** A feed of `count` posts `height` px tall, one under the other, scrolled `scrolled` px down. */
function feed(count: number, height: number, scrolled: number) {
  const reads: number[] = [];
  const box = (i: number): Box => {
    reads.push(i);
    return { top: i * height - scrolled, bottom: (i + 1) * height - scrolled };
  };
  return { box, reads };
}

describe('firstWhere', () => {
  it('finds the first index at which a monotone test holds, from any starting point', () => {
    for (const count of [0, 1, 2, 7, 100])
      for (let answer = 0; answer <= count; answer++)
        for (const near of [-3, 0, answer - 1, answer, answer + 5, count + 2])
          expect(firstWhere(count, (i) => i >= answer, near)).toBe(answer);
  });

  it('reads about 2·log2 of the distance from its starting point, not of the list', () => {
    let calls = 0;
    const at = firstWhere(1_000_000, (i) => (calls++, i >= 500_010), 500_000);
    expect(at).toBe(500_010);
    expect(calls).toBeLessThanOrEqual(10);
  });
});

describe('sweptBand', () => {
  it('is the screen now and the screen then, in the coordinates of now', () => {
    // Scrolled down 300 px on an 800 px screen: the old screen is now at [-300, 500].
    expect(sweptBand(-300, 800)).toEqual({ top: -300, bottom: 800 });
    // Scrolled up 300 px: the old screen is now at [300, 1100].
    expect(sweptBand(300, 800)).toEqual({ top: 0, bottom: 1100 });
    expect(sweptBand(0, 800)).toEqual({ top: 0, bottom: 800 });
  });
});

describe('postsSeen', () => {
  it('counts the posts at least half inside the band', () => {
    // 100 px posts; the screen shows 250..1050 of the feed: post 2 is half on screen, post 10 half.
    const { box } = feed(50, 100, 250);
    expect(postsSeen(50, box, { top: 0, bottom: 800 }, 800)).toEqual({ from: 2, to: 11 });
    // 260: post 2 shows 40 px of 100, post 10 shows 50.
    const moved = feed(50, 100, 260);
    expect(postsSeen(50, moved.box, { top: 0, bottom: 800 }, 800)).toEqual({ from: 3, to: 11 });
  });

  it('covers everything a scroll passed over, reading a few boxes however long the feed', () => {
    // Scrolled from 0 to 2000 px in one look, 800 px screen, 100 px posts: posts 0..27 went past.
    const { box, reads } = feed(10_000, 100, 2000);
    expect(postsSeen(10_000, box, sweptBand(-2000, 800), 800, { from: 7, to: 7 })).toEqual({
      from: 0,
      to: 28,
    });
    expect(reads.length).toBeLessThan(25);
  });

  it('reads three boxes when the places guessed from one post are right (its caller keeps the boxes of a look)', () => {
    // The last look's mark, post 27, now at 700 px: where do the band's ends fall?
    const { box, reads } = feed(10_000, 100, 2000);
    const band = sweptBand(-2000, 800);
    const mark = box(27);
    reads.length = 0;
    const near = { from: guessPlace(27, mark, band.top), to: guessPlace(27, mark, band.bottom) };
    expect(near).toEqual({ from: 0, to: 28 });
    expect(postsSeen(10_000, box, band, 800, near)).toEqual({ from: 0, to: 28 });
    expect(new Set(reads).size).toBe(3);
  });

  it('counts a post taller than the screen once half the screen has been filled with it', () => {
    const tall =
      (scrolled: number) =>
      (i: number): Box => ({
        top: i * 3000 - scrolled,
        bottom: (i + 1) * 3000 - scrolled,
      });
    // Post 0 fills the whole 800 px screen: seen, though only 800 of its 3000 px are.
    expect(postsSeen(3, tall(1000), { top: 0, bottom: 800 }, 800)).toEqual({ from: 0, to: 1 });
    // Post 1's first 300 px show at the bottom: not yet.
    expect(postsSeen(3, tall(2500), { top: 0, bottom: 800 }, 800)).toEqual({ from: 0, to: 1 });
  });

  it('is empty when the band misses the feed', () => {
    const { box } = feed(5, 100, -2000); // the feed starts 2000 px below the screen's top
    expect(postsSeen(5, box, { top: 0, bottom: 800 }, 800)).toEqual({ from: 0, to: 0 });
    const above = feed(5, 100, 3000);
    const seen = postsSeen(5, above.box, { top: 0, bottom: 800 }, 800);
    expect(seen.to - seen.from).toBe(0);
    expect(postsSeen(0, box, { top: 0, bottom: 800 }, 800)).toEqual({ from: 0, to: 0 });
  });
});
