/** Scrolling a fixture feed the way a reader does, shared by listening.spec.ts and `npm run bench:e2e`. */
import type { Page } from '@playwright/test';

/**
 * Scrolls to the end of the page half a screen at a time, letting each step render two frames,
 * the first one too: a reader sees where the page is before scrolling (without those frames, the
 * posts at the top were never on screen as far as the browser's IntersectionObserver knew).
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (;;) {
    const atEnd = await page.evaluate(() => {
      const before = scrollY;
      scrollBy(0, innerHeight / 2);
      return scrollY === before;
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (atEnd) return;
  }
}
