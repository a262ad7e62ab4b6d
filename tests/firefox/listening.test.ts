/**
 * Listening first in real Firefox: the feed is looked at as it scrolls (the scroll event and the
 * timers a content script gets there), each post is counted once by name and sentiment, also
 * when the site renders it anew (Firefox's wrappers of the posts, in the content script's world,
 * held in weak collections), a jump counts where it lands and not the posts it skipped, and a
 * feed that takes far posts out of the page (as X does) loses none at a steady scroll. The
 * Chromium lane has the rest (listening.spec.ts).
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SITE_URLS } from '../e2e/fixture-pages';
import { scrollSteadily, scrollThrough } from '../e2e/feed-scroll';
import {
  countsOf,
  countsWithRenamed,
  expectedCounts,
  mentionCounts,
  placesOnScreen,
  readBuckets,
  renderFeedAnew,
} from '../e2e/listening-counts';
import { flagsWithAPointerAtRest } from '../e2e/pointer-at-rest';
import { launchFirefox, openExtensionPage, openSite } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(() => browser?.close());

const counts = async (options: Page) => mentionCounts(await options.evaluate(readBuckets));

/** The places of the posts at least half on screen now. */
const postsOnScreen = (page: Page) => page.$$eval('.feed-post', placesOnScreen);

test('x: each post of the feed is counted once as it scrolls past, down and down again', async () => {
  const page = await openSite(browser, 'x', `${SITE_URLS.x}?feed=40`);
  await page.waitForSelector('.feed-post:nth-of-type(40)');
  await scrollThrough(page);
  await page.evaluate(() => scrollTo(0, 0));
  await scrollThrough(page);
  const options = await openExtensionPage(browser, 'options.html');
  await expect.poll(() => counts(options)).toEqual(expectedCounts(40));
  await page.close();
  await options.close();
});

test('x: posts the site renders anew are not counted again; a new post saying the words of an earlier one is', async () => {
  // A browser of its own: the counts start from nothing.
  await browser.close();
  browser = await launchFirefox();
  const page = await openSite(browser, 'x', `${SITE_URLS.x}?feed=40`);
  await page.waitForSelector('.feed-post:nth-of-type(40)');
  await scrollThrough(page);
  const options = await openExtensionPage(browser, 'options.html');
  await expect.poll(() => counts(options)).toEqual(expectedCounts(40));
  const renamed = 5;
  await page.evaluate(renderFeedAnew, renamed);
  await page.bringToFront();
  await page.evaluate(() => scrollTo(0, 0));
  await scrollThrough(page);
  await expect.poll(() => counts(options)).toEqual(countsWithRenamed(40, renamed));
});

test('x: a jump down the feed counts where it lands, not the posts it skipped', async () => {
  // A browser of its own: the counts start from nothing.
  await browser.close();
  browser = await launchFirefox();
  const page = await openSite(browser, 'x', `${SITE_URLS.x}?feed=150`);
  await page.waitForSelector('.feed-post:nth-of-type(150)');
  const options = await openExtensionPage(browser, 'options.html');
  await page.bringToFront();
  const firstScreen = await postsOnScreen(page);
  await expect.poll(() => counts(options)).toEqual(countsOf(firstScreen));
  await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight * 2) / 3));
  const landing = await postsOnScreen(page);
  expect(landing[0]).toBeGreaterThan(firstScreen.at(-1)! + 20);
  await expect.poll(() => counts(options)).toEqual(countsOf([...firstScreen, ...landing]));
});

test('x: on a feed that takes the posts far off screen out of the page, as X does, a steady scroll has every post counted', async () => {
  // A browser of its own: the counts start from nothing.
  await browser.close();
  browser = await launchFirefox();
  // Two screens a second, the page keeping two screens either side: see listening.spec.ts.
  const page = await openSite(browser, 'x', `${SITE_URLS.x}?feed=80&recycle=2`);
  await page.waitForSelector('.feed-recycled');
  await page.evaluate(scrollSteadily, { screensPerSecond: 2 });
  const options = await openExtensionPage(browser, 'options.html');
  await expect.poll(() => counts(options)).toEqual(expectedCounts(80));
});

test('x: the flag action comes when the pointer moves onto a post, not to the posts that pass under it at rest', async () => {
  const page = await openSite(browser, 'x', `${SITE_URLS.x}?feed=40`);
  await page.waitForSelector('.feed-post:nth-of-type(40)');
  const seen = await flagsWithAPointerAtRest(page, 40);
  expect(seen).toEqual({
    atRest: 1,
    afterScrolls: 1,
    underPointer: seen.place,
    place: seen.place,
    afterMove: 2,
    onThePost: true,
  });
});
