/** Attacks from the page on the guard: each must change nothing. */
import { expect, reportFailure, test } from './fixtures';
import { launch, openSite, PRODUCTION_EXTENSION_DIR } from './harness';
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

const PHONE_DRAFT = 'Happy to help, call me at 512-555-0143.';
const HELD = 'ambassador-overlay .panel[aria-label="Post held by Ambassador"]';
/** Longer than Chromium's user activation lasts after a gesture (5 s). */
const PLANT_AFTER_MS = 6_000;

test('the shipped build hides its cards from the page: a closed shadow root, nothing of a finding on the host, the post still held', async (// eslint-disable-next-line no-empty-pattern -- no fixture: this test launches the production build itself
{}, testInfo) => {
  const launched = await launch({ extensionDir: PRODUCTION_EXTENSION_DIR });
  try {
    const page = await openSite(launched.context, 'x');
    const editor = page.locator(HOME.editor);
    await typeAtEnd(page, editor, PHONE_DRAFT);
    // The host says a check of this draft was drawn (counts only): the positive signal.
    await page
      .locator(`ambassador-overlay[data-length="${PHONE_DRAFT.length}"]`)
      .waitFor({ state: 'attached' });
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('ambassador-overlay')].map((host) => ({
        shadowRoot: host.shadowRoot !== null,
        html: host.outerHTML,
      })),
    );
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) {
      expect(host.shadowRoot).toBe(false);
      expect(host.html).not.toMatch(/pii|phone|personal|guideline|disclos/i);
    }
    // The guard works behind the closed root: a person's click on Post is held.
    await page.locator(HOME.submit).click();
    expect(await posted(page)).toEqual([]);
    expect(await modelText(page, HOME.id)).toBe(PHONE_DRAFT);
  } finally {
    await reportFailure(launched, testInfo);
    await launched.close();
  }
});

test("a page script's clicks on the overlay's buttons do nothing: Post anyway needs a person's click", async ({
  open,
}) => {
  const page = await open('x');
  const editor = page.locator(HOME.editor);
  await typeAtEnd(page, editor, PHONE_DRAFT);
  await expectShown(page, editor, 'pii.phone');
  await page.locator(HOME.submit).click();
  const held = page.locator(HELD);
  await expect(held).toBeVisible();
  const postAnyway = held.getByRole('button', { name: 'Post anyway' });
  // The e2e build's open shadow root lets the script reach the button; the shipped one does not.
  await postAnyway.evaluate((button: HTMLElement) => button.click());
  await postAnyway.dispatchEvent('click');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(held).toBeVisible();
  expect(await posted(page)).toEqual([]);
  expect(await modelText(page, HOME.id)).toBe(PHONE_DRAFT);
  // A person's click does it.
  await postAnyway.click();
  await expect.poll(() => posted(page)).toEqual([{ editor: HOME.id, text: PHONE_DRAFT }]);
});

test('a box the person never touched is not checked: a page script typing into it learns nothing', async ({
  browserWithExtension,
  open,
}) => {
  // The page, with no gesture of the person's, focuses the composer and pastes a draft into it.
  // Playwright's own calls into a page count as a gesture for a few seconds (user activation), so
  // the page does it after PLANT_AFTER_MS of the test leaving it alone, and says so on the console.
  await browserWithExtension.context.addInitScript(
    ({ selector, draft, after }) => {
      const plant = () => {
        const editor = document.querySelector<HTMLElement>(selector);
        if (!editor) return void setTimeout(plant, 50);
        editor.focus();
        // A paste, as Draft.js takes text from a script (it breaks on execCommand's insertText).
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', draft);
        editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
        console.log(`planted, activation ${navigator.userActivation.isActive}`);
      };
      addEventListener('load', () => setTimeout(plant, after));
    },
    { selector: HOME.editor, draft: PHONE_DRAFT, after: PLANT_AFTER_MS },
  );
  const page = await open('x');
  const planted = await page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith('planted'),
    timeout: PLANT_AFTER_MS + 10_000,
  });
  expect(planted.text()).toBe('planted, activation false');
  expect(await modelText(page, HOME.id)).toBe(PHONE_DRAFT);
  const host = page.locator(`ambassador-overlay[data-length="${PHONE_DRAFT.length}"]`);
  await waitForCheck(host, PHONE_DRAFT.length);
  await expect(host.locator('.badge')).toHaveCount(0);
  // Once the person clicks into it, the box is theirs and is checked.
  await page.locator(HOME.editor).click();
  await expectShown(page, page.locator(HOME.editor), 'pii.phone');
});
