/** Attacks from the page on the guard: each must change nothing. */
import { expect, test } from './fixtures';
import {
  SURFACES,
  expectShown,
  modelText,
  overlayFor,
  posted,
  typeAtEnd,
  waitForCheck,
} from './guidance-helpers';

const HOME = SURFACES.find((s) => s.site === 'x' && s.name === 'inline composer on home')!;
const LEAK = 'Heads up: our Q3 earnings will beat expectations before the official release.';

test("a page script that forges WXT's content-script-started event does not switch the guard off", async ({
  browserWithExtension,
  open,
}) => {
  const extensionId = browserWithExtension.extensionId!;
  // Everything the page hears by window messages from the moment it starts.
  await browserWithExtension.context.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    window.addEventListener('message', (event) => heard.push(event.data));
  });
  const page = await open('x');
  const editor = page.locator(HOME.editor);
  await typeAtEnd(page, editor, LEAK);
  await expectShown(page, editor, 'confidential.earnings');
  // The content scripts announce nothing to the page.
  expect(
    JSON.stringify(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)),
  ).not.toContain('content-script-started');

  // The event that stops an older copy of a WXT content script, forged for every one of ours.
  await page.evaluate((id) => {
    for (const name of ['x', 'facebook', 'linkedin'])
      document.dispatchEvent(
        new CustomEvent(`${id}:${name}:wxt:content-script-started`, {
          detail: { contentScriptName: name, messageId: 'forged' },
        }),
      );
  }, extensionId);

  // Still checking: a new phone number is found, and the post is still held.
  const overlay = await overlayFor(page, editor);
  await typeAtEnd(page, editor, ' Call me at 512-555-0143.');
  const text = await modelText(page, HOME.id);
  await waitForCheck(overlay, text.length);
  await expectShown(page, editor, 'pii.phone');
  await page.locator(HOME.submit).click();
  await expect(page.locator('ambassador-overlay .panel[aria-label="Post held by Ambassador"]')).toBeVisible();
  expect(await posted(page)).toEqual([]);
});
