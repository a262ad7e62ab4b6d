import { test, expect } from './fixtures';
import { SITE_URLS } from './harness';
import {
  SURFACES,
  checksDrawn,
  clickFix,
  expectShown,
  expectedFindings,
  modelText,
  posted,
  promisedText,
  shownRuleIds,
  typeAtEnd,
  waitForCheck,
  type SurfaceSpec,
} from './guidance-helpers';

const PRODUCT_POST = 'Loving the new XPS 13 laptop, the screen is gorgeous.';
const PHONE_POST = 'Happy to help, call me at (512) 555-0143 tomorrow.';
const CONFIDENTIAL_POST = 'Heads up: our Q3 earnings will beat expectations before the official release.';

async function openSurface(
  open: (site: SurfaceSpec['site'], query?: string) => Promise<import('@playwright/test').Page>,
  spec: SurfaceSpec,
) {
  const page = await open(spec.site);
  if (spec.url) await page.goto(spec.url);
  await spec.open?.(page);
  const editor = page.locator(spec.editor);
  await expect(editor).toBeVisible();
  return { page, editor };
}

for (const spec of SURFACES) {
  test.describe(`${spec.site}: ${spec.name}`, () => {
    test('disclosure nudge: one click puts the disclosure in the editor model, Ctrl+Z takes it back', async ({
      open,
    }) => {
      const { page, editor } = await openSurface(open, spec);
      await typeAtEnd(page, editor, PRODUCT_POST);
      const overlay = await expectShown(page, editor, 'disclosure.missing');
      const promised = promisedText(spec, PRODUCT_POST, 'disclosure.missing');
      // Quill's history merges every edit made within 1 s (its `delay` option) into one undo step,
      // the user's own included: only past that is the fix an undo step of its own.
      if (spec.site === 'linkedin') await page.waitForTimeout(1100);
      const checks = await checksDrawn(overlay);
      await clickFix(page, editor, 'disclosure.missing');
      await expect.poll(() => modelText(page, spec.id)).toBe(promised);
      await waitForCheck(overlay, promised.length, checks);
      await expect.poll(() => shownRuleIds(overlay)).not.toContain('disclosure.missing');
      // Nothing duplicated, and undo restores the draft as typed.
      await editor.focus();
      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => modelText(page, spec.id)).toBe(PRODUCT_POST);
    });

    test('a phone number is underlined and redacted with one click', async ({ open }) => {
      const { page, editor } = await openSurface(open, spec);
      await typeAtEnd(page, editor, PHONE_POST);
      const overlay = await expectShown(page, editor, 'pii.phone');
      if (spec.id !== 'mobile') {
        // A textarea has no text geometry to underline; every contenteditable does.
        const underline = overlay.locator('[data-underline^="pii.phone|"]').first();
        await expect(underline).toBeAttached();
        const u = (await underline.boundingBox())!;
        const numberBox = await editor.evaluate((root) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.textContent!.indexOf('(512)');
            if (i >= 0) {
              const range = document.createRange();
              range.setStart(n, i);
              range.setEnd(n, i + 5);
              const r = range.getBoundingClientRect();
              return { x: r.x, y: r.y, width: r.width, height: r.height };
            }
          }
          return null;
        });
        expect(numberBox).not.toBeNull();
        // The underline starts where the number starts, on the same line.
        expect(Math.abs(u.x - numberBox!.x)).toBeLessThan(2);
        expect(Math.abs(u.y - numberBox!.y)).toBeLessThan(numberBox!.height);
      }
      const promised = promisedText(spec, PHONE_POST, 'pii.phone');
      const checks = await checksDrawn(overlay);
      await clickFix(page, editor, 'pii.phone');
      await expect.poll(() => modelText(page, spec.id)).toBe(promised);
      expect(promised).not.toContain('555-0143');
      await waitForCheck(overlay, promised.length, checks);
      await expect.poll(() => shownRuleIds(overlay)).not.toContain('pii.phone');
    });

    test('a block finding holds the submit click, Ctrl+Enter and Enter where it posts; "Post anyway" posts', async ({
      open,
    }) => {
      const { page, editor } = await openSurface(open, spec);
      await typeAtEnd(page, editor, CONFIDENTIAL_POST);
      const blockers = expectedFindings(spec, CONFIDENTIAL_POST).filter((f) => f.severity === 'block');
      expect(blockers.length).toBeGreaterThan(0);
      await expectShown(page, editor, blockers[0]!.ruleId);

      await page.locator(spec.submit).click();
      const held = page.locator('ambassador-overlay .panel[aria-label="Post held by Ambassador"]');
      await expect(held).toBeVisible();
      expect(await posted(page)).toEqual([]);

      for (const key of spec.enterSubmits ? ['ControlOrMeta+Enter', 'Enter'] : ['ControlOrMeta+Enter']) {
        await held.getByRole('button', { name: 'Keep editing' }).click();
        await expect(held).not.toBeAttached();
        await editor.focus();
        await page.keyboard.press(key);
        await expect(held).toBeVisible();
        expect(await posted(page)).toEqual([]);
        // Held, not typed: no line break went into the draft either.
        expect(await modelText(page, spec.id)).toBe(CONFIDENTIAL_POST);
      }

      await held.getByRole('button', { name: 'Post anyway' }).click();
      await spec.afterSubmit?.(page);
      await expect.poll(() => posted(page)).toEqual([{ editor: spec.id, text: CONFIDENTIAL_POST }]);
    });

    if (spec.replyTo) {
      test('replying to a complaint offers the hand-off; one click inserts the reply', async ({ open }) => {
        const { page, editor } = await openSurface(open, spec);
        await editor.click();
        await expectShown(page, editor, 'handoff.complaint');
        const promised = promisedText(spec, '', 'handoff.complaint');
        const handle = spec.site === 'x' ? '@DellCares' : 'Dell';
        expect(promised).toContain(handle);
        await clickFix(page, editor, 'handoff.complaint');
        await expect.poll(() => modelText(page, spec.id)).toBe(promised);
      });
    }
  });
}

test('editors created after load are picked up: SPA navigation to a status page on X', async ({ open }) => {
  const page = await open('x');
  await expect(page.locator('ambassador-overlay')).toHaveCount(1);
  await page.evaluate(() =>
    (window as unknown as { __fixtureNavigate(p: string): void }).__fixtureNavigate(
      '/frustrated_fran/status/1',
    ),
  );
  const editor = page.locator('#inline-reply .public-DraftEditor-content');
  await expect(editor).toBeVisible();
  // The old box went away with its overlay; the new one has its own.
  await expect(page.locator('ambassador-overlay')).toHaveCount(1);
  await editor.click();
  await expectShown(page, editor, 'handoff.complaint');
  expect(page.url()).toBe('https://x.com/frustrated_fran/status/1');
  expect(SITE_URLS.x).toBe('https://x.com/home');
});

test('two compose boxes keep their own findings', async ({ open }) => {
  const page = await open('x');
  const home = page.locator('#inline-composer .public-DraftEditor-content');
  await typeAtEnd(page, home, PHONE_POST);
  await page.click('[data-testid="SideNav_NewTweet_Button"]');
  const modal = page.locator('[role="dialog"] .public-DraftEditor-content');
  await typeAtEnd(page, modal, PRODUCT_POST);
  // Each overlay host belongs to one box (the hosts show the length of the text they checked): the
  // one with the phone number underlines it inside the home composer, the other flags only the
  // modal's product post.
  const phoneHost = page.locator(`ambassador-overlay[data-length="${PHONE_POST.length}"]`);
  const productHost = page.locator(`ambassador-overlay[data-length="${PRODUCT_POST.length}"]`);
  await expect.poll(() => shownRuleIds(phoneHost)).toContain('pii.phone');
  await expect.poll(() => shownRuleIds(productHost)).toContain('disclosure.missing');
  expect(await shownRuleIds(phoneHost)).not.toContain('disclosure.missing');
  expect(await shownRuleIds(productHost)).not.toContain('pii.phone');
  const underlines = phoneHost.locator('[data-underline^="pii.phone|"]');
  await expect(underlines.first()).toBeVisible();
  const homeBox = (await home.boundingBox())!;
  for (const underline of await underlines.all()) {
    const u = (await underline.boundingBox())!;
    expect(u.y).toBeGreaterThanOrEqual(homeBox.y - 1);
    expect(u.y).toBeLessThanOrEqual(homeBox.y + homeBox.height);
  }
});
