import { test, expect } from './fixtures';
import { SITE_URLS } from './harness';
import {
  SURFACES,
  clickFix,
  expectedFindings,
  modelText,
  posted,
  promisedText,
  typeAtEnd,
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
      const nudge = page.locator('ambassador-overlay [data-finding][data-rule-id="disclosure.missing"]');
      await expect(nudge).toBeAttached();
      const promised = promisedText(spec, PRODUCT_POST, 'disclosure.missing');
      // Quill's history merges every edit made within 1 s (its `delay` option) into one undo step,
      // the user's own included: only past that is the fix an undo step of its own.
      if (spec.site === 'linkedin') await page.waitForTimeout(1100);
      await clickFix(page, editor, 'disclosure.missing');
      await expect.poll(() => modelText(page, spec.id)).toBe(promised);
      await expect(nudge).not.toBeAttached();
      // Nothing duplicated, and undo restores the draft as typed.
      await editor.focus();
      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => modelText(page, spec.id)).toBe(PRODUCT_POST);
    });

    test('a phone number is underlined and redacted with one click', async ({ open }) => {
      const { page, editor } = await openSurface(open, spec);
      await typeAtEnd(page, editor, PHONE_POST);
      const phone = page.locator('ambassador-overlay [data-finding][data-rule-id="pii.phone"]');
      await expect(phone).toBeAttached();
      if (spec.id !== 'mobile') {
        // A textarea has no text geometry to underline; every contenteditable does.
        const underline = page.locator('ambassador-overlay [data-underline^="pii.phone|"]').first();
        await expect(underline).toBeAttached();
        const u = (await underline.boundingBox())!;
        const numberBox = await page.evaluate(
          (selector) => {
            const root = document.querySelector(selector)!;
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
          },
          spec.editor.replace(/ >> nth=0 >> /g, ' '),
        );
        expect(numberBox).not.toBeNull();
        // The underline starts where the number starts, on the same line.
        expect(Math.abs(u.x - numberBox!.x)).toBeLessThan(2);
        expect(Math.abs(u.y - numberBox!.y)).toBeLessThan(numberBox!.height);
      }
      const promised = promisedText(spec, PHONE_POST, 'pii.phone');
      await clickFix(page, editor, 'pii.phone');
      await expect.poll(() => modelText(page, spec.id)).toBe(promised);
      expect(promised).not.toContain('555-0143');
      await expect(phone).not.toBeAttached();
    });

    test('a block finding holds the submit click and Ctrl+Enter; "Post anyway" posts', async ({ open }) => {
      const { page, editor } = await openSurface(open, spec);
      await typeAtEnd(page, editor, CONFIDENTIAL_POST);
      const blockers = expectedFindings(spec, CONFIDENTIAL_POST).filter((f) => f.severity === 'block');
      expect(blockers.length).toBeGreaterThan(0);
      await expect(
        page.locator(`ambassador-overlay [data-finding][data-rule-id="${blockers[0]!.ruleId}"]`),
      ).toBeAttached();

      await page.locator(spec.submit).click();
      const held = page.locator('ambassador-overlay .panel[aria-label="Post held by Ambassador"]');
      await expect(held).toBeVisible();
      expect(await posted(page)).toEqual([]);
      await held.getByRole('button', { name: 'Keep editing' }).click();
      await expect(held).not.toBeAttached();

      await editor.focus();
      await page.keyboard.press('ControlOrMeta+Enter');
      await expect(held).toBeVisible();
      expect(await posted(page)).toEqual([]);
      expect(await modelText(page, spec.id)).toBe(CONFIDENTIAL_POST);

      await held.getByRole('button', { name: 'Post anyway' }).click();
      await expect.poll(() => posted(page)).toEqual([{ editor: spec.id, text: CONFIDENTIAL_POST }]);
    });

    if (spec.replyTo) {
      test('replying to a complaint offers the hand-off; one click inserts the reply', async ({ open }) => {
        const { page, editor } = await openSurface(open, spec);
        await editor.click();
        const handoff = page.locator('ambassador-overlay [data-finding][data-rule-id="handoff.complaint"]');
        await expect(handoff).toBeAttached();
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
  await expect(page.locator('ambassador-overlay [data-rule-id="handoff.complaint"]').first()).toBeAttached();
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
  // Each overlay host belongs to one box: the one with the phone number underlines it inside the
  // home composer, the other flags only the modal's product post.
  const perHost = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('ambassador-overlay')].map((host) => ({
        rules: [...host.shadowRoot!.querySelectorAll('[data-finding]')].map((el) =>
          el.getAttribute('data-rule-id'),
        ),
        underlines: [...host.shadowRoot!.querySelectorAll('[data-underline^="pii.phone|"]')].map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y };
        }),
      })),
    );
  await expect.poll(async () => (await perHost()).filter((h) => h.rules.length > 0).length).toBe(2);
  const hosts = (await perHost()).filter((h) => h.rules.length > 0);
  const phoneHost = hosts.find((h) => h.rules.includes('pii.phone'))!;
  const productHost = hosts.find((h) => h.rules.includes('disclosure.missing'))!;
  expect(phoneHost).not.toBe(productHost);
  expect(phoneHost.rules).not.toContain('disclosure.missing');
  expect(productHost.rules).not.toContain('pii.phone');
  const homeBox = (await home.boundingBox())!;
  for (const u of phoneHost.underlines) {
    expect(u.y).toBeGreaterThanOrEqual(homeBox.y - 1);
    expect(u.y).toBeLessThanOrEqual(homeBox.y + homeBox.height);
  }
  expect(phoneHost.underlines.length).toBeGreaterThan(0);
});
