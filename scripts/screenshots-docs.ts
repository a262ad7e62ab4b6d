/**
 * `npm run screenshots:docs`: the screenshots of storylines, roles and listening that the README and
 * the admin guide show, made with the e2e build on the fixture pages (as the e2e tests drive them):
 * the journalist guidance on a reply, the options page's storylines, the flag report on a feed post
 * and "What I heard" after scrolling a fixture feed. Written to docs/screenshots/ (or `--out DIR`).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { FEED_POSTS } from '../tests/fixtures/src/feed-posts';
import { scrollThrough } from '../tests/e2e/feed-scroll';
import { launch, openExtensionPage, openSite, ROOT } from '../tests/e2e/harness';
import { policyWithJournalist, SURFACES } from '../tests/e2e/surfaces';

const at = process.argv.indexOf('--out');
const outDir = resolve(at > 0 ? process.argv[at + 1]! : join(ROOT, 'docs/screenshots'));
mkdirSync(outDir, { recursive: true });

/** Posts of the X fixture feed scrolled past: enough for a few names in each sentiment. */
const FEED = 24;
const REPLY = SURFACES.find((s) => s.site === 'x' && s.name === 'reply modal')!;

async function shoot(target: Page | Locator, name: string): Promise<void> {
  const page = 'page' in target ? target.page() : target;
  // Cards and forms as they settle, without their fade-in.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  if (target !== page) {
    // The whole page in the window: a section taller than it would be shot scrolled, under the
    // options page's sticky header.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: page.viewportSize()!.width, height });
  }
  const path = join(outDir, name);
  await target.screenshot({ path });
  console.log(`screenshot: ${path}`);
}

const launched = await launch();
const { context } = launched;
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });

// Roles: the policy lists the author of the fixture's post as a journalist; a trainee replies to her.
const policy = policyWithJournalist();
const options = await openExtensionPage(launched, 'options.html#policy');
await options.getByTestId('policy-file').setInputFiles({
  name: 'journalist.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(policy)),
});
await options.getByTestId('policy-name').filter({ hasText: policy.name }).waitFor();

const x = await openSite(context, 'x');
await REPLY.open!(x);
const reply = x.locator(REPLY.editor);
await reply.click();
await x.keyboard.type('Thanks for the feedback, we are looking into it', { delay: 5 });
const journalistCard = x.locator('ambassador-overlay .card[data-rule-id="handoff.audience.journalist"]');
await x.locator('ambassador-overlay .badge').first().waitFor();
if (!(await journalistCard.isVisible())) await x.locator('ambassador-overlay .badge').first().click();
await journalistCard.waitFor();
await shoot(x, 'roles-journalist-reply.png');
await x.close();

// Storylines: the options page's list, an expired one marked.
const storylines = await openExtensionPage(launched, 'options.html');
const table = storylines.getByTestId('storylines');
await table.locator('tr[data-status="expired"]').first().waitFor();
await shoot(storylines.locator('section').filter({ has: table }), 'options-storylines.png');

// Listening: a fixture feed scrolled through; the first post flagged for the listening team.
const feed = await openSite(context, 'x', `?feed=${FEED}`);
await scrollThrough(feed);

// "What I heard" once every feed post that names something is counted, before going back up to
// the first post. The fixture feed repeats FEED_POSTS in order.
const mentions = Array.from({ length: FEED }, (_, i) => FEED_POSTS[i % FEED_POSTS.length]!).reduce(
  (n, p) => n + p.products.length + p.competitors.length,
  0,
);
const heard = await openExtensionPage(launched, 'options.html#heard');
const section = heard.getByTestId('heard');
// At least the feed's: the fixture pages' own posts that name Dell count too.
await heard.waitForFunction(
  (least) =>
    Number(document.querySelector('[data-testid="heard"] [data-metric="mention"]')?.textContent) >= least,
  mentions,
);

await feed.bringToFront();
const post = feed.locator('article.feed-post').first();
await post.scrollIntoViewIfNeeded();
// The keyboard path of the e2e test: from the post's text, Tab reaches the action.
await post.locator('[data-testid="tweetText"]').click();
await post.locator('ambassador-listen').waitFor();
await feed.keyboard.press('Tab');
await feed.keyboard.press('Enter'); // the form, on the suggested category
await feed.keyboard.press('Tab'); // product
await feed.keyboard.press('Tab'); // note
await feed.keyboard.type('Seen twice today, same driver update', { delay: 5 });
await shoot(post, 'listening-flag-report.png');
await feed.keyboard.press('Tab'); // Copy report
await feed.keyboard.press('Enter');

await heard.bringToFront();
await section.locator('[data-metric="flag"]').filter({ hasText: /^1$/ }).waitFor();
await section.getByTestId('chart-heard-sentiment-plot').locator('canvas').waitFor();
await shoot(section, 'listening-what-i-heard.png');

await launched.close();
