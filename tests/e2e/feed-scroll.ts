/**
 * Scrolling a fixture feed the way a reader does, shared by listening.spec.ts, the Firefox lane's
 * listening test and `npm run bench:e2e`.
 */

/** A Playwright or a Puppeteer page: all this needs is to run a function in it. */
interface Evaluates {
  evaluate<T>(run: () => T | Promise<T>): Promise<T>;
}

/** Resolves once the page has rendered two more frames. */
export function twoFrames(page: Evaluates): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

/**
 * Scrolls to the end of the page half a screen at a time, letting each step render two frames,
 * the first one too: a reader sees where the page is before scrolling.
 */
export async function scrollThrough(page: Evaluates): Promise<void> {
  await twoFrames(page);
  for (;;) {
    const atEnd = await page.evaluate(() => {
      const before = scrollY;
      scrollBy(0, innerHeight / 2);
      return scrollY === before;
    });
    await twoFrames(page);
    if (atEnd) return;
  }
}

/**
 * Run in the feed page (page.evaluate): scrolls down at a steady `screensPerSecond`, in small steps
 * as a wheel or a flick does, for `screens` screens or to the end of the page.
 */
export async function scrollSteadily({
  screensPerSecond,
  screens = Infinity,
}: {
  screensPerSecond: number;
  screens?: number;
}): Promise<void> {
  const stepMs = 50;
  const step = (innerHeight * screensPerSecond * stepMs) / 1000;
  for (let gone = 0; gone < screens * innerHeight; gone += step) {
    const before = scrollY;
    scrollBy(0, step);
    if (scrollY === before) return;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
