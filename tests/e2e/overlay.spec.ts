import { test, expect } from './fixtures';
import {
  SURFACES,
  checksDrawn,
  clickFix,
  expectShown,
  modelText,
  overlayFor,
  promisedText,
  shownRuleIds,
  typeAtEnd,
  waitForCheck,
} from './guidance-helpers';

const PHONE_POST = 'Happy to help, call me at (512) 555-0143 tomorrow.';
const PRODUCT_PHONE_POST = 'Loving the new XPS 13! Call me at (512) 555-0143 tomorrow.';
const home = SURFACES.find((s) => s.name === 'inline composer on home')!;

test('keyboard: Alt+Shift+A opens the cards with focus inside, Tab moves, Escape returns to the editor', async ({
  open,
}) => {
  const page = await open('x');
  const editor = page.locator(home.editor);
  await typeAtEnd(page, editor, PHONE_POST);
  const overlay = await expectShown(page, editor, 'pii.phone');
  await page.keyboard.press('Alt+Shift+A');
  const panel = overlay.locator('.panel[role="dialog"]');
  await expect(panel).toBeVisible();
  const focused = () =>
    page.evaluate(() => {
      const host = document.activeElement;
      return host?.tagName === 'AMBASSADOR-OVERLAY'
        ? (host.shadowRoot?.activeElement?.textContent ?? '')
        : null;
    });
  await expect.poll(focused).not.toBeNull();
  const first = await focused();
  await page.keyboard.press('Tab');
  await expect.poll(focused).not.toBe(first);
  await page.keyboard.press('Escape');
  await expect(panel).not.toBeAttached();
  await expect(editor).toBeFocused();
  expect(await modelText(page, home.id)).toBe(PHONE_POST);
});

test('the badge never covers the site’s own buttons', async ({ open }) => {
  for (const spec of SURFACES.filter((s) =>
    ['inline composer on home', 'post composer dialog', 'share composer in the shadow root'].includes(s.name),
  )) {
    const page = await open(spec.site);
    await spec.open?.(page);
    const editor = page.locator(spec.editor);
    await typeAtEnd(page, editor, PHONE_POST);
    const badge = (await overlayFor(page, editor)).locator('.badge');
    await expect(badge).toBeVisible();
    const b = (await badge.boundingBox())!;
    const scope = spec.site === 'x' ? '#inline-composer' : '[role="dialog"]';
    const buttons = page.locator(`${scope} button, ${scope} [role="button"]`);
    const count = await buttons.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const r = await buttons.nth(i).boundingBox();
      if (!r) continue;
      const overlaps =
        b.x < r.x + r.width && r.x < b.x + b.width && b.y < r.y + r.height && r.y < b.y + b.height;
      expect(overlaps, `${spec.site}: badge over ${await buttons.nth(i).textContent()}`).toBe(false);
    }
    await page.close();
  }
});

test('follows the page’s dark mode', async ({ open }) => {
  const page = await open('x', '?theme=dark');
  await typeAtEnd(page, page.locator(home.editor), PHONE_POST);
  await expect(page.locator('ambassador-overlay .root.dark .badge')).toBeVisible();
});

test('an editor that refuses the edit keeps the draft intact and gets the text on the clipboard', async ({
  open,
  browserWithExtension,
}) => {
  await browserWithExtension.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://x.com',
  });
  const mobile = SURFACES.find((s) => s.name === 'mobile textarea composer')!;
  const page = await open('x');
  await page.goto(mobile.url!);
  const editor = page.locator(mobile.editor);
  await typeAtEnd(page, editor, PHONE_POST);
  await expectShown(page, editor, 'pii.phone');
  // The page now rejects every change that does not come from its own keyboard handling, as a
  // controlled input with its own rules does: it puts the old value back.
  await page.evaluate((selector) => {
    const area = document.querySelector<HTMLTextAreaElement>(selector)!;
    let accepted = area.value;
    let fromKeyboard = false;
    area.addEventListener('keydown', () => (fromKeyboard = true), true);
    area.addEventListener(
      'input',
      () => {
        if (fromKeyboard) accepted = area.value;
        else area.value = accepted;
        fromKeyboard = false;
      },
      true,
    );
  }, mobile.editor);
  await clickFix(page, editor, 'pii.phone');
  const overlay = await overlayFor(page, editor);
  await expect(overlay.locator('.status')).toContainText('did not accept');
  expect(await modelText(page, mobile.id)).toBe(PHONE_POST);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(promisedText(mobile, PHONE_POST, 'pii.phone'));
});

test('a box that closes while its fix is pending loses nothing and leaves no overlay behind', async ({
  open,
}) => {
  const page = await open('x');
  await page.click('[data-testid="SideNav_NewTweet_Button"]');
  const editor = page.locator('[role="dialog"] .public-DraftEditor-content');
  await typeAtEnd(page, editor, PHONE_POST);
  await expectShown(page, editor, 'pii.phone');
  const before = await page.locator('ambassador-overlay').count();
  await page.click('[data-testid="app-bar-close"]');
  await expect(page.locator('ambassador-overlay')).toHaveCount(before - 1);
  // The home composer still works.
  await typeAtEnd(page, page.locator(home.editor), PHONE_POST);
  await clickFix(page, page.locator(home.editor), 'pii.phone');
  await expect.poll(() => modelText(page, 'home')).not.toContain('555-0143');
});

test('switching the site off or snoozing (as the popup does) clears every nudge but the blocks at once; back on, they return', async ({
  open,
  browserWithExtension,
}) => {
  const page = await open('x');
  const editor = page.locator(home.editor);
  await typeAtEnd(page, editor, PRODUCT_PHONE_POST);
  const overlay = await expectShown(page, editor, 'pii.phone');
  /**
   * Changes the settings and waits for the re-check they cause. A re-check already under way may be
   * drawn first, so what the overlay shows is then polled until it settles.
   */
  const setSettings = async (value: unknown) => {
    const checks = await checksDrawn(overlay);
    await browserWithExtension.worker!.evaluate(
      (settings) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({
          settings,
        }),
      value,
    );
    await waitForCheck(overlay, PRODUCT_PHONE_POST.length, checks);
  };
  const shown = async () => (await shownRuleIds(overlay)).sort();
  const all = await shown();
  // The phone number holds the post (block); the disclosure and training nudges do not.
  expect(all).toEqual(['disclosure.missing', 'pii.phone', 'training.required']);
  await setSettings({ enabled: { x: false, facebook: true, linkedin: true } });
  await expect.poll(shown).toEqual(['pii.phone']);
  await setSettings({ enabled: { x: true, facebook: true, linkedin: true } });
  await expect.poll(shown).toEqual(all);
  await setSettings({
    enabled: { x: true, facebook: true, linkedin: true },
    snoozedUntil: Date.now() + 3_600_000,
  });
  await expect.poll(shown).toEqual(['pii.phone']);
  expect(await modelText(page, home.id)).toBe(PRODUCT_PHONE_POST);
});

test('X’s weighted length is counted in the page as twitter-text counts it (emoji weigh 2)', async ({
  open,
}) => {
  const page = await open('x');
  const editor = page.locator(home.editor);
  await editor.click();
  // 145 emoji: 145 characters on screen, 290 by X's weights, over the 280 limit.
  await page.keyboard.insertText('🎉'.repeat(145));
  const overlay = await expectShown(page, editor, 'length.over-limit');
  const checks = await checksDrawn(overlay);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('🎉'.repeat(100));
  // An emoji is two UTF-16 units.
  await waitForCheck(overlay, 200, checks);
  await expect.poll(() => shownRuleIds(overlay)).not.toContain('length.over-limit');
});

test('the page’s CSS cannot hide or move the overlay, and a page that removes it gets it back', async ({
  open,
}) => {
  const page = await open('x');
  await page.addStyleTag({
    content:
      'body > ambassador-overlay { display: none !important; position: static !important; top: 500px !important;' +
      ' visibility: hidden !important; opacity: 0 !important; transform: translateY(500px) !important; }',
  });
  await page.evaluate(() => {
    for (const host of document.querySelectorAll<HTMLElement>('ambassador-overlay'))
      host.style.setProperty('display', 'none', 'important');
  });
  const editor = page.locator(home.editor);
  await editor.click();
  await page.keyboard.type(PHONE_POST);
  const overlay = await overlayFor(page, editor);
  await expect(overlay.locator('.badge')).toBeVisible();
  const editorBox = (await editor.boundingBox())!;
  const underline = overlay.locator('[data-underline^="pii.phone|"]').first();
  const u = (await underline.boundingBox())!;
  expect(u.y).toBeGreaterThanOrEqual(editorBox.y - 1);
  expect(u.y).toBeLessThanOrEqual(editorBox.y + editorBox.height);

  await page.evaluate(() => document.querySelectorAll('ambassador-overlay').forEach((host) => host.remove()));
  await expect(overlay.locator('.badge')).toBeVisible();
  // The host is back at once; its cards are drawn on the next frame.
  await expect.poll(() => shownRuleIds(overlay)).toContain('pii.phone');
});
