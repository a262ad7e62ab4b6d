/**
 * A reader's pointer resting on the feed while it scrolls, for the Chromium (listening.spec.ts)
 * and the Firefox (tests/firefox/listening.test.ts) lanes alike: "Flag for the listening team"
 * comes when the pointer moves onto a post, not when a post scrolls under the pointer at rest
 * (Chromium then sends a pointerover for each element that comes under it; Firefox one when the
 * scroll ends).
 */
import { FEED_POSTS } from '../fixtures/src/feed-posts';
import { scrollThrough, twoFrames } from './feed-scroll';

/** A Playwright or a Puppeteer page: all this needs is to run a function in it and move the mouse. */
interface PointerPage {
  evaluate<T, A>(run: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  evaluate<T>(run: () => T | Promise<T>): Promise<T>;
  mouse: { move(x: number, y: number): Promise<unknown> };
}

export interface FlagsSeen {
  /** Flag actions on the page once the pointer came to the feed, before any scroll. */
  atRest: number;
  /** After a scroll down the whole feed and back up to `place`, the pointer not moved. */
  afterScrolls: number;
  /** The post under the pointer then, and the one that was meant to be. */
  underPointer: number;
  place: number;
  /** Flag actions once the pointer moved a little, and whether the post under it has one. */
  afterMove: number;
  onThePost: boolean;
}

/** Run in the page: how many flag actions it holds, and whether the post at `place` has one. */
function flagsIn(place: number): { all: number; onThePost: boolean } {
  const post = document.querySelectorAll('.feed-post')[place];
  return {
    all: document.querySelectorAll('ambassador-listen').length,
    onThePost: post?.querySelector('ambassador-listen') != null,
  };
}

/** Polls `read` until `done` holds of it, for at most five seconds, and gives its last value. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * In a fixture feed of `size` posts: the pointer comes to the middle of the screen, the feed
 * scrolls to its end and back up until a post that names a product is under the pointer, and
 * then the pointer moves by three pixels.
 */
export async function flagsWithAPointerAtRest(page: PointerPage, size: number): Promise<FlagsSeen> {
  const [x, y] = await page.evaluate(() => [innerWidth / 2, innerHeight / 2]);
  const names = (i: number) => FEED_POSTS[i % FEED_POSTS.length]!.products.length > 0;
  const place = Array.from({ length: size / 2 }, (_, i) => i).findLast(names)!;
  await page.mouse.move(x!, y!);
  const atRest = (
    await until(
      () => page.evaluate(flagsIn, place),
      (f) => f.all > 0,
    )
  ).all;
  await scrollThrough(page);
  await page.evaluate((at) => {
    document.querySelectorAll('.feed-post')[at]!.scrollIntoView({ block: 'center' });
  }, place);
  const underPointer = await page.evaluate(
    ([px, py]) => {
      const post = document.elementFromPoint(px!, py!)?.closest('.feed-post');
      return post ? [...document.querySelectorAll('.feed-post')].indexOf(post) : -1;
    },
    [x, y],
  );
  // The browser tells the page what came under the pointer within a frame or two of a scroll.
  await twoFrames(page);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const afterScrolls = (await page.evaluate(flagsIn, place)).all;
  await page.mouse.move(x! + 3, y! + 3);
  const moved = await until(
    () => page.evaluate(flagsIn, place),
    (f) => f.onThePost,
  );
  return { atRest, afterScrolls, underPointer, place, afterMove: moved.all, onThePost: moved.onThePost };
}
