import { test, expect } from './fixtures';
import { SITE_URLS, type Site } from './harness';
import { DEV_EXTENSION_ID } from '../../wxt.config';

test('the extension loads with its stable development id', async ({ browserWithExtension }) => {
  expect(browserWithExtension.extensionId).toBe(DEV_EXTENSION_ID);
});

const EDITOR: Record<Site, string> = {
  x: '[data-testid="tweetTextarea_0"]',
  facebook: '[role="article"] [data-lexical-editor="true"]',
  linkedin: '.comments-comment-box .ql-editor',
};

for (const site of Object.keys(SITE_URLS) as Site[]) {
  test(`attaches to the ${site} compose box served at ${SITE_URLS[site]}`, async ({ open }) => {
    const page = await open(site);
    await expect(page.locator(EDITOR[site]).first()).toBeVisible();
    await expect(page.locator(`ambassador-overlay[data-platform="${site}"]`).first()).toBeAttached();
  });
}
