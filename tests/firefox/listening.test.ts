/**
 * Listening first in real Firefox: the feed is looked at as it scrolls (the scroll event and the
 * timers a content script gets there), each post is counted once by name and sentiment, and a
 * jump counts where it lands and not the posts it skipped. The Chromium lane has the rest
 * (listening.spec.ts).
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SITE_URLS } from '../e2e/fixture-pages';
import { scrollThrough } from '../e2e/feed-scroll';
import {
  countsOf,
  expectedCounts,
  mentionCounts,
  placesOnScreen,
  readBuckets,
} from '../e2e/listening-counts';
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
