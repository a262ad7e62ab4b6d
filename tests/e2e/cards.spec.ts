/**
 * The cards on each editor kind (Draft.js on X, Lexical on Facebook, Quill and TipTap on
 * LinkedIn, X's mobile <textarea>): a finding's card opens beside its words and covers neither
 * the rows being typed nor the site's submit button and toolbar (measured from bounding boxes);
 * findings with the same action share one card; the training card opens the course; Undo after a
 * fix restores the editor's own model exactly; axe finds nothing serious with cards open.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  SURFACES,
  clickFix,
  expectShown,
  expectedFindings,
  modelText,
  overlayFor,
  promisedText,
  typeAtEnd,
  type SurfaceSpec,
} from './guidance-helpers';

const PHONE_POST = 'Happy to help, call me at (512) 555-0143 tomorrow.';
const ASKS_POST = 'Sorry about that, DM me your order number and I will look into it.';
const PRODUCT_POST = 'Loving my new Dell XPS 13 laptop.';

const surface = (name: string) => SURFACES.find((s) => s.name === name)!;
/** One surface per editor kind. */
const KINDS = [
  { kind: 'Draft.js', spec: surface('inline composer on home') },
  { kind: 'Lexical', spec: surface('comment box') },
  { kind: 'Quill', spec: surface('classic Quill comment box') },
  { kind: 'TipTap', spec: surface('TipTap comment box') },
  { kind: 'textarea', spec: surface('mobile textarea composer') },
];
/** The site's own toolbar next to a box, where the adapter knows it (X's). */
const TOOLBAR: Record<string, string> = {
  'inline composer on home': '#inline-composer [data-testid="toolBar"]',
  'reply on a status page': '#inline-reply [data-testid="toolBar"]',
  'mobile textarea composer': '[data-testid="toolBar"]',
};

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

async function openSurface(open: (site: SurfaceSpec['site']) => Promise<Page>, spec: SurfaceSpec) {
  const page = await open(spec.site);
  if (spec.url) await page.goto(spec.url);
  await spec.open?.(page);
  const editor = page.locator(spec.editor);
  await expect(editor).toBeVisible();
  return { page, editor };
}

/**
 * The draft's rows at and after the caret: from the top of the caret's line to the bottom of the
 * box (the whole box for a textarea, which has no text geometry).
 */
function rowsFromCaret(editor: Locator): Promise<Rect> {
  return editor.evaluate((element) => {
    const box = element.getBoundingClientRect();
    let top = box.top;
    const selection = document.getSelection();
    if (!(element instanceof HTMLTextAreaElement) && selection && selection.rangeCount > 0) {
      const range = selection.getRangeAt(0).cloneRange();
      if (!element.contains(range.startContainer)) throw new Error('the caret is not in the editor');
      range.collapse(true);
      const node = range.startContainer;
      const line =
        range.getClientRects()[0] ??
        (node instanceof Element ? node : node.parentElement!).getBoundingClientRect();
      top = line.top;
    }
    return { x: box.left, y: top, width: box.width, height: box.bottom - top };
  });
}

/** What an open card must leave clear: the rows being typed, the submit button, the toolbar. */
async function keptClear(page: Page, spec: SurfaceSpec, editor: Locator): Promise<[string, Rect][]> {
  const clear: [string, Rect][] = [['the rows at and after the caret', await rowsFromCaret(editor)]];
  clear.push(['the submit button', (await page.locator(spec.submit).boundingBox())!]);
  const toolbar = TOOLBAR[spec.name];
  if (toolbar) clear.push(['the toolbar', (await page.locator(toolbar).boundingBox())!]);
  return clear;
}

async function expectClear(card: Locator, clear: [string, Rect][]): Promise<void> {
  const box = (await card.boundingBox())!;
  const viewport = card.page().viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  for (const [what, rect] of clear) expect(overlaps(box, rect), `the card covers ${what}`).toBe(false);
}

/** Whether keyboard focus is inside the overlay (its host is the document's active element). */
const focusInOverlay = (page: Page) =>
  page.evaluate(() => document.activeElement?.tagName === 'AMBASSADOR-OVERLAY');

for (const { kind, spec } of KINDS) {
  test.describe(`${kind} (${spec.site}: ${spec.name})`, () => {
    test('Alt+Shift+A opens the first finding’s card beside its words, clear of the typing, the submit button and the toolbar', async ({
      open,
    }) => {
      const { page, editor } = await openSurface(open, spec);
      await typeAtEnd(page, editor, PHONE_POST);
      const overlay = await expectShown(page, editor, 'pii.phone');
      const clear = await keptClear(page, spec, editor);
      await page.keyboard.press('Alt+Shift+A');
      // A textarea has no text geometry: its card opens in the list beside the box.
      const card = overlay.locator(kind === 'textarea' ? '.panel.list' : '.panel.popover');
      await card.waitFor();
      await expect(card.locator('.card[data-rule-ids~="pii.phone"]')).toBeVisible();
      // The keyboard path takes focus into the card; Escape gives it back to the editor.
      await expect.poll(() => focusInOverlay(page)).toBe(true);
      await expectClear(card, clear);
      await page.keyboard.press('Escape');
      await expect(card).not.toBeAttached();
      await expect(editor).toBeFocused();
      expect(await modelText(page, spec.id)).toBe(PHONE_POST);
    });

    if (kind !== 'textarea')
      test('a click on the underline opens its card beside the words without taking the caret away', async ({
        open,
      }) => {
        const { page, editor } = await openSurface(open, spec);
        await typeAtEnd(page, editor, PHONE_POST);
        const overlay = await expectShown(page, editor, 'pii.phone');
        const underline = overlay.locator('[data-underline^="pii.phone|"]').first();
        const u = (await underline.boundingBox())!;
        await page.mouse.click(u.x + u.width / 2, u.y + u.height / 2);
        const card = overlay.locator('.panel.popover');
        await card.waitFor();
        await expect(card.locator('.card[data-rule-ids~="pii.phone"]')).toBeVisible();
        // The click put the caret in the number: the card stays off that line and the ones after it.
        await expect(editor).toBeFocused();
        expect(await focusInOverlay(page)).toBe(false);
        await expectClear(card, await keptClear(page, spec, editor));
        // The card is just below or just above the words.
        const c = (await card.boundingBox())!;
        const distance = Math.min(Math.abs(c.y - (u.y + u.height)), Math.abs(u.y - (c.y + c.height)));
        expect(distance).toBeLessThan(120);
      });

    test('findings with the same action share one card that names each reason', async ({ open }) => {
      const replySpec = spec.site === 'x' && kind === 'Draft.js' ? surface('reply on a status page') : spec;
      const { page, editor } = await openSurface(open, replySpec);
      const handOffs = expectedFindings(replySpec, ASKS_POST).filter((f) => f.fixes[0]?.kind === 'hand-off');
      // The engine gives two or more findings with the one hand-off reply: the merge is what is tested.
      expect(handOffs.length).toBeGreaterThanOrEqual(2);
      await typeAtEnd(page, editor, ASKS_POST);
      const overlay = await expectShown(page, editor, 'handoff.asks-for-details');
      await overlay.locator('.badge').click();
      const list = overlay.locator('.panel.list');
      await expect(list).toBeVisible();
      const cards = list.locator('.card');
      const ids = await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-rule-ids')!));
      const handOffCards = ids.filter((card) => handOffs.some((f) => card.split(' ').includes(f.ruleId)));
      expect(handOffCards).toHaveLength(1);
      // One rule id per finding on the card: every hand-off finding is there.
      expect(handOffCards[0]!.split(' ').sort()).toEqual(handOffs.map((f) => f.ruleId).sort());
      const label = handOffs[0]!.fixes[0]!.label;
      await expect(list.getByRole('button', { name: label })).toHaveCount(1);
      // Each reason is said once on the card.
      await expect(list.locator('.card[data-rule-ids~="handoff.asks-for-details"] .message')).toHaveCount(
        new Set(handOffs.map((f) => f.message)).size,
      );
    });

    test('Undo after a fix restores the editor’s model exactly', async ({ open }) => {
      const { page, editor } = await openSurface(open, spec);
      await typeAtEnd(page, editor, PHONE_POST);
      const overlay = await expectShown(page, editor, 'pii.phone');
      // Quill and ProseMirror merge edits made within a moment into one undo step, the user's own
      // typing included: only past that is the fix an undo step of its own (as with Ctrl+Z).
      if (spec.site === 'linkedin') await page.waitForTimeout(1100);
      await clickFix(page, editor, 'pii.phone');
      await expect.poll(() => modelText(page, spec.id)).toBe(promisedText(spec, PHONE_POST, 'pii.phone'));
      const confirmation = overlay.locator('.fixed');
      await expect(confirmation).toContainText('Replace with [phone number]');
      await confirmation.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => modelText(page, spec.id)).toBe(PHONE_POST);
      await expect(confirmation).not.toBeAttached();
      await expect(editor).toBeFocused();
    });
  });
}

test('the training card has the course as a button and no raw address; the button opens the course', async ({
  open,
  browserWithExtension,
}) => {
  const spec = surface('inline composer on home');
  const { page, editor } = await openSurface(open, spec);
  await typeAtEnd(page, editor, PRODUCT_POST);
  const overlay = await expectShown(page, editor, 'training.required');
  await overlay.locator('.badge').click();
  const card = overlay.locator('.panel.list .card[data-rule-ids~="training.required"]');
  await expect(card).toBeVisible();
  expect(await card.textContent()).not.toMatch(/https?:|www\./);
  const [course] = await Promise.all([
    browserWithExtension.context.waitForEvent('page'),
    card.getByRole('button', { name: /^Take the \d+-minute course$/ }).click(),
  ]);
  // A new tab is announced before it has navigated: wait for its address.
  await expect
    .poll(() => course.url())
    .toBe(`chrome-extension://${browserWithExtension.extensionId}/options.html#training`);
  await expect(course.locator('#training')).toBeVisible();
  await expect(course.getByTestId('start-course')).toBeVisible();
  // "Learn more" opens the guideline's lesson.
  await page.bringToFront();
  const [lesson] = await Promise.all([
    browserWithExtension.context.waitForEvent('page'),
    card.getByRole('button', { name: /^Learn more/ }).click(),
  ]);
  await expect.poll(() => lesson.url()).toMatch(/options\.html\?lesson=train-first#training$/);
  // "Remind me later" puts it away for this draft.
  await page.bringToFront();
  await card.getByRole('button', { name: 'Remind me later' }).click();
  await expect(card).not.toBeAttached();
  expect(await modelText(page, spec.id)).toBe(PRODUCT_POST);
});

async function seriousIssues(page: Page): Promise<string[]> {
  // A card fading in is half transparent: axe reads its colours once every animation has ended.
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('ambassador-overlay')]
        .flatMap((host) => host.shadowRoot?.getAnimations() ?? [])
        .map((animation) => animation.finished),
    ),
  );
  const { violations } = await new AxeBuilder({ page }).include('ambassador-overlay').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical issue with the cards open (${theme})`, async ({ open }) => {
    const page = await open('x', theme === 'dark' ? '?theme=dark' : '');
    const editor = page.locator(surface('inline composer on home').editor);
    await typeAtEnd(page, editor, `${PRODUCT_POST} ${PHONE_POST}`);
    const overlay = await expectShown(page, editor, 'pii.phone');
    await expect(overlay.locator('.root')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^root$/);
    // The card beside the words …
    await editor.focus();
    await page.keyboard.press('Alt+Shift+A');
    await overlay.locator('.panel.popover').waitFor();
    expect(await seriousIssues(page)).toEqual([]);
    // … the badge's list, and a fix's confirmation.
    await overlay.locator('.badge').click();
    await overlay.locator('.panel.list').waitFor();
    expect(await seriousIssues(page)).toEqual([]);
    await clickFix(page, editor, 'pii.phone');
    await (await overlayFor(page, editor)).locator('.fixed').waitFor();
    expect(await seriousIssues(page)).toEqual([]);
  });
}
