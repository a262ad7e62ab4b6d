/**
 * Listening first, end to end on the fixture feeds (`?feed=N`, the sites' feed markup): posts that
 * name a product or a competitor are counted once as the screen passes over them, by name and
 * sentiment; "Flag for the listening team" is reached by the keyboard and copies the report; and
 * afterwards neither IndexedDB nor extension storage holds a word of a post or an author's handle.
 */
import type { Page } from '@playwright/test';
import { FEED_POSTS } from '../fixtures/src/feed-posts';
import { scrollSteadily, scrollThrough, twoFrames } from './feed-scroll';
import {
  countsOf,
  countsWithRenamed,
  expectedCounts,
  mentionCounts,
  placesOnScreen,
  readBuckets,
  renderFeedAnew,
  type Bucket,
} from './listening-counts';
import { test, expect } from './fixtures';
import { flagsWithAPointerAtRest } from './pointer-at-rest';
import { openExtensionPage, type Launched, type Site } from './harness';

const FEED = 40;
/** Long enough that a jump two thirds down lands far from the first screen. */
const LONG_FEED = 150;
/** About 14 screens of posts, of which the page keeps those within two screens of the viewport. */
const RECYCLED_FEED = 80;

/** The metric buckets as the options page's IndexedDB holds them. */
const buckets = (options: Page): Promise<Bucket[]> => options.evaluate(readBuckets);
/** The mention counts the options page's IndexedDB holds. */
const heardCounts = async (options: Page) => mentionCounts(await buckets(options));

/** The fixture feed that keeps only the posts within two screens of the viewport, as X does. */
async function openRecycledFeed(
  open: (site: Site, query: string) => Promise<Page>,
  site: Site,
): Promise<Page> {
  const page = await open(site, `?feed=${RECYCLED_FEED}&recycle=2`);
  await expect(page.locator('.feed-recycled').first()).toBeAttached();
  return page;
}

/** The places of the posts at least half on screen now. */
const postsOnScreen = (page: Page) => page.locator('.feed-post').evaluateAll(placesOnScreen);

for (const site of ['x', 'facebook', 'linkedin'] as const satisfies readonly Site[]) {
  test(`${site}: the feed's posts are counted once each, by name and sentiment, as the screen passes over them`, async ({
    browserWithExtension: ext,
    open,
  }) => {
    const page = await open(site, `?feed=${FEED}`);
    await expect(page.locator('.feed-post')).toHaveCount(FEED);
    await scrollThrough(page);
    // Back to the top and down again: posts seen before are not counted again.
    await page.evaluate(() => scrollTo(0, 0));
    await scrollThrough(page);
    const options = await openExtensionPage(ext, 'options.html');
    await expect.poll(() => heardCounts(options)).toEqual(expectedCounts(FEED));
    // The flag action comes with the pointer, on a post that names something only.
    const posts = page.locator('.feed-post');
    const nothing = FEED_POSTS.findIndex((p) => p.products.length + p.competitors.length === 0);
    await posts.nth(nothing).hover();
    await posts.nth(0).hover();
    await expect(posts.nth(0).locator('ambassador-listen')).toHaveCount(1);
    await expect(posts.nth(nothing).locator('ambassador-listen')).toHaveCount(0);
  });
}

test('x: the posts that pass under a pointer at rest while the feed scrolls are not offered the flag action; the first move after the scroll offers the post under it', async ({
  open,
}) => {
  const page = await open('x', `?feed=${FEED}`);
  await expect(page.locator('.feed-post')).toHaveCount(FEED);
  const seen = await flagsWithAPointerAtRest(page, FEED);
  expect(seen).toEqual({
    atRest: 1,
    afterScrolls: 1,
    underPointer: seen.place,
    place: seen.place,
    afterMove: 2,
    onThePost: true,
  });
});

test('x: posts the site renders anew are not counted again; a new post saying the words of an earlier one is', async ({
  browserWithExtension: ext,
  open,
}) => {
  // The feed repeats its eight texts, each by five posts of their own address.
  const page = await open('x', `?feed=${FEED}`);
  await scrollThrough(page);
  const options = await openExtensionPage(ext, 'options.html');
  const counts = () => heardCounts(options);
  await expect.poll(counts).toEqual(expectedCounts(FEED));
  // Every post a new element, one of them another post saying the same words.
  const renamed = 5;
  await page.evaluate(renderFeedAnew, renamed);
  await page.bringToFront();
  await page.evaluate(() => scrollTo(0, 0));
  await twoFrames(page);
  await scrollThrough(page);
  await expect.poll(counts).toEqual(countsWithRenamed(FEED, renamed));
});

test('x: a jump down the feed counts where it lands, not the posts it skipped; those scrolled past on the way back up are counted', async ({
  browserWithExtension: ext,
  open,
}) => {
  const page = await open('x', `?feed=${LONG_FEED}`);
  await expect(page.locator('.feed-post')).toHaveCount(LONG_FEED);
  const options = await openExtensionPage(ext, 'options.html');
  const counts = () => heardCounts(options);
  // The feed in front, where frames are drawn; the options page reads the counts from behind it.
  await page.bringToFront();
  const firstScreen = await postsOnScreen(page);
  await expect.poll(counts).toEqual(countsOf(firstScreen));
  // Two thirds down in one step (End, a dragged scroll bar): far past the first screens.
  await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight * 2) / 3));
  await twoFrames(page);
  const landing = await postsOnScreen(page);
  expect(landing[0]).toBeGreaterThan(firstScreen.at(-1)! + 20);
  // Where it landed is counted; nothing in between is.
  await expect.poll(counts).toEqual(countsOf([...firstScreen, ...landing]));
  // Then back up, half a screen at a time, as a reader does: every post above is passed over.
  for (;;) {
    const atTop = await page.evaluate(() => {
      scrollBy(0, -innerHeight / 2);
      return scrollY === 0;
    });
    await twoFrames(page);
    if (atTop) break;
  }
  await expect.poll(counts).toEqual(expectedCounts(landing.at(-1)! + 1));
});

// Two screens a second, on a page that keeps two screens of posts either side of the viewport:
// looks two seconds apart would miss the posts it took out between them, looks a second apart miss
// none.
test('x: on a feed that takes the posts far off screen out of the page, as X does, a steady scroll has every post counted', async ({
  browserWithExtension: ext,
  open,
}) => {
  const page = await openRecycledFeed(open, 'x');
  await page.evaluate(scrollSteadily, { screensPerSecond: 2 });
  const options = await openExtensionPage(ext, 'options.html');
  await expect.poll(() => heardCounts(options)).toEqual(expectedCounts(RECYCLED_FEED));
});

test('facebook: once the page is seen to take posts out of the feed, it is looked at every second', async ({
  browserWithExtension: ext,
  open,
}) => {
  const page = await openRecycledFeed(open, 'facebook');
  // Slowly at first, a screen per look two seconds apart, until the page has taken the first post
  // out (past two screens down) and a look has seen it gone; then two screens a second.
  await page.evaluate(scrollSteadily, { screensPerSecond: 0.5, screens: 3.5 });
  await expect(page.locator('.feed-post').first()).not.toContainText(FEED_POSTS[0]!.text.slice(0, 20));
  await page.evaluate(scrollSteadily, { screensPerSecond: 2 });
  const options = await openExtensionPage(ext, 'options.html');
  await expect.poll(() => heardCounts(options)).toEqual(expectedCounts(RECYCLED_FEED));
});

/** Everything the extension keeps: its storage areas and its IndexedDB. */
async function extensionDump(ext: Launched, options: Page): Promise<string> {
  const areas = await ext.worker!.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { storage } = (
      globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', Area> } }
    ).chrome;
    return {
      local: await storage.local.get(null),
      sync: await storage.sync.get(null),
      session: await storage.session.get(null),
    };
  });
  return JSON.stringify({ areas, metrics: await buckets(options) });
}

test('x: "Flag for the listening team" is reached by the keyboard, copies the report, is counted, and nothing of the post is kept', async ({
  browserWithExtension: ext,
  open,
}) => {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
  const page = await open('x', '?feed=8');
  await scrollThrough(page);
  // The feed was read before the employee goes back up to a post.
  const options = await openExtensionPage(ext, 'options.html');
  await expect.poll(() => heardCounts(options)).toEqual(expectedCounts(8));
  await page.bringToFront();
  const first = page.locator('article.feed-post').first();
  // From the post's text, Tab reaches the action (it sits in a closed shadow root at the post's end).
  await first.locator('[data-testid="tweetText"]').click();
  await expect(first.locator('ambassador-listen')).toHaveCount(1);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('AMBASSADOR-LISTEN');
  await page.keyboard.press('Enter'); // opens the form on the category (a complaint: the post is negative)
  await page.keyboard.press('Tab'); // product
  await page.keyboard.press('Tab'); // note
  await page.keyboard.type('Seen twice today');
  await page.keyboard.press('Tab'); // Copy report
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(
      new RegExp(
        [
          'Flag for the listening team',
          'Post: https://x\\.com/feed_author_0/status/1800000000',
          'Platform: X \\(Twitter\\)',
          'Product: Dell',
          'Category: complaint',
          'Note: Seen twice today',
          'Flagged on: \\d{4}-\\d{2}-\\d{2}',
        ].join('\\n') + '$',
      ),
    );

  await expect
    .poll(async () => (await buckets(options)).filter((b) => b.type === 'flag').map((b) => [b.flag, b.count]))
    .toEqual([['complaint', 1]]);
  // Going back up to the post counted nothing again.
  expect(await heardCounts(options)).toEqual(expectedCounts(8));

  // The options page's "What I heard" shows them.
  const heard = await openExtensionPage(ext, 'options.html#heard');
  const mentions = Object.values(expectedCounts(8)).reduce((n, c) => n + c, 0);
  await expect(heard.getByTestId('heard').locator('[data-metric="mention"]')).toHaveText(String(mentions));
  await expect(heard.getByTestId('heard').locator('[data-metric="flag"]')).toHaveText('1');
  await expect(
    heard.getByTestId('heard-by-name').getByRole('row', { name: /^HP \(competitor\)/ }),
  ).toBeVisible();
  await expect(heard.getByTestId('chart-heard-sentiment-plot').locator('canvas')).toBeVisible();

  // Counts only: no post's words, no author, not the note.
  const dump = await extensionDump(ext, options);
  expect(dump).toContain('"mention"');
  const secrets = [
    'feed_author',
    'status/18',
    'Seen twice today',
    ...FEED_POSTS.map((p) => p.text.slice(0, 30)),
  ];
  expect(secrets.filter((s) => dump.toLowerCase().includes(s.toLowerCase()))).toEqual([]);
});
