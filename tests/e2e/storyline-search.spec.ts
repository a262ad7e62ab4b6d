/**
 * The storyline search in the compose box, with the built extension on the fixture pages: Alt+Shift+S
 * (or the overlay's "Storylines" button) opens a search over the storylines valid today; Enter or a
 * click puts the chosen text in at the caret through each editor's input path (Draft.js, Lexical,
 * Quill, TipTap), read back from the editor's own model; an expired storyline is never offered;
 * the inserted text raises no confidential finding. The hard boxes too: LinkedIn's share composer in
 * its shadow root, X's reply modal and Facebook's Create-post dialog. Also the cards' hover and "Learn more" paths.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { storylineInsertion, type Storyline } from '../../lib/engine/storylines';
import type { Draft, Platform } from '../../lib/engine/types';
import { DEFAULT_POLICY } from '../../lib/policy';
import { applyEdits } from '../../lib/engine/edits';
import { test, expect } from './fixtures';
import { openExtensionPage } from './harness';
import {
  SURFACES,
  expectShown,
  modelText,
  overlayFor,
  shownRuleIds,
  typeAtEnd,
  waitForCheck,
  type SurfaceSpec,
} from './guidance-helpers';

const surface = (name: string) => SURFACES.find((s) => s.name === name)!;
/** One box per editor kind, by the surface's name. */
const KINDS = Object.entries({
  'Draft.js': 'inline composer on home',
  Lexical: 'comment box',
  Quill: 'classic Quill comment box',
  TipTap: 'TipTap comment box',
}).map(([kind, name]) => ({ kind, spec: surface(name) }));
/**
 * The boxes that are hardest to reach: a Quill inside LinkedIn's open shadow root (the document's
 * focus and selection name only the host) and the sites' dialogs.
 */
const HARD = Object.entries({
  'LinkedIn share composer (shadow root)': 'share composer in the shadow root',
  'X reply modal': 'reply modal',
  'Facebook Create-post dialog': 'post composer dialog',
}).map(([kind, name]) => ({ kind, spec: surface(name) }));
const PLATFORM: Record<SurfaceSpec['site'], Platform> = {
  x: 'x',
  facebook: 'facebook',
  linkedin: 'linkedin',
};
const storyline = (id: string): Storyline => DEFAULT_POLICY.storylines.items.find((s) => s.id === id)!;
const BEFORE = 'Good question. ';
const AFTER = 'Thanks for asking!';

/** The draft the engine expects once `s` went in at `caret` of `text` (the disclosure placed by the policy). */
function inserted(spec: SurfaceSpec, s: Storyline, text: string, caret: number): string {
  const draft: Draft = {
    text,
    platform: PLATFORM[spec.site],
    surface: spec.surface,
    account: { handle: spec.handle },
    training: { state: 'none' },
    now: new Date().toISOString(),
  };
  return applyEdits(text, storylineInsertion(s, draft, { start: caret, end: caret }, DEFAULT_POLICY));
}

/** The overlay whose storyline search is open. */
const searchOf = (page: Page): Locator => page.locator('ambassador-overlay .panel.search');

/** Brings the box up, types `text` into it and moves the caret `back` characters to the left. */
async function typeIn(page: Page, spec: SurfaceSpec, text: string, back = 0): Promise<Locator> {
  await spec.open?.(page);
  const editor = page.locator(spec.editor).first();
  await expect(editor).toBeVisible();
  await typeAtEnd(page, editor, text);
  await expect.poll(() => modelText(page, spec.id)).toBe(text);
  for (let i = 0; i < back; i++) await page.keyboard.press('ArrowLeft');
  return editor;
}

for (const { kind, spec } of [...KINDS, ...HARD]) {
  test(`${kind}: Alt+Shift+S, a query and Enter insert the storyline at the caret, into the editor model`, async ({
    open: openPage,
  }) => {
    const page = await openPage(spec.site, spec.url);
    // The caret between the two sentences.
    const editor = await typeIn(page, spec, BEFORE + AFTER, AFTER.length);

    await page.keyboard.press('Alt+Shift+S');
    const search = searchOf(page);
    await expect(search.locator('input')).toBeFocused();
    await page.keyboard.type('security');
    await expect(search.locator('[role="option"][aria-selected="true"]')).toHaveAttribute(
      'data-storyline',
      'example-security',
    );
    await page.keyboard.press('Enter');

    const expected = inserted(spec, storyline('example-security'), BEFORE + AFTER, BEFORE.length);
    expect(expected).toContain(`${BEFORE}${storyline('example-security').text[PLATFORM[spec.site]]}${AFTER}`);
    await expect.poll(() => modelText(page, spec.id)).toBe(expected);
    await expect(search).not.toBeAttached();
    // Done (the confirmation with Undo): focus is back in the editor, the caret after the storyline.
    await expect(page.locator('ambassador-overlay .fixed')).toContainText('Inserted the storyline');
    await expect(editor).toBeFocused();
    await page.keyboard.type('#');
    await expect.poll(() => modelText(page, spec.id)).toBe(expected.replace(AFTER, `#${AFTER}`));
  });
}

test('Draft.js: the Storylines button and a click insert at the caret of a typed draft, counted in the impact dashboard; no confidential alarm on it', async ({
  browserWithExtension,
  open: openPage,
}) => {
  const spec = KINDS[0]!.spec;
  const impact = await openExtensionPage(browserWithExtension, 'options.html#impact');
  const insertions = impact.getByTestId('totals').locator('[data-metric="storyline-inserted"]');
  await expect(impact.getByTestId('totals')).toHaveAttribute('aria-busy', 'false');
  await expect(insertions).toHaveText('0');
  const page = await openPage(spec.site);
  const editor = await typeIn(page, spec, BEFORE + AFTER, AFTER.length);
  const button = page.locator('ambassador-overlay .storylines-button');
  await button.click();
  const search = searchOf(page);
  await expect(search.locator('input')).toBeFocused();
  await page.keyboard.type('investors');
  await search.locator('[data-storyline="example-earnings"]').click();

  const s = storyline('example-earnings');
  const expected = inserted(spec, s, BEFORE + AFTER, BEFORE.length);
  await expect.poll(() => modelText(page, spec.id)).toBe(expected);
  // The dashboard reads the counts again every few seconds.
  await expect(insertions).toHaveText('1', { timeout: 15_000 });
  // The storyline's words name the earnings topic; as inserted, they are approved text.
  const overlay = await overlayFor(page, editor);
  await waitForCheck(overlay, expected.length);
  expect((await shownRuleIds(overlay)).filter((id) => id.startsWith('confidential.'))).toEqual([]);
  // Edited, it is checked again.
  await typeAtEnd(page, editor, ' Our earnings will beat expectations before the release.');
  await expectShown(page, editor, 'confidential.earnings');
});

test('an expired storyline is never offered; axe finds nothing serious; Escape closes the search and gives the editor back', async ({
  open: openPage,
}) => {
  const spec = KINDS[0]!.spec;
  const page = await openPage(spec.site);
  const editor = await typeIn(page, spec, 'Hi');
  await page.keyboard.press('Alt+Shift+S');
  const search = searchOf(page);
  await expect(search.locator('input')).toBeFocused();
  const offered = () =>
    search.locator('[role="option"]').evaluateAll((o) => o.map((e) => e.getAttribute('data-storyline')));
  // Everything valid today, in the policy's order; the 2024 workforce statement has expired.
  expect(storyline('example-layoffs-2024').validUntil).toBe('2024-12-31');
  await expect.poll(offered).toEqual(['example-earnings', 'example-security']);
  const { violations } = await new AxeBuilder({ page }).include('ambassador-overlay').analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await page.keyboard.type('workforce');
  await expect(search.locator('.empty')).toHaveText('No storyline matches.');
  await expect.poll(offered).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(search).not.toBeAttached();
  await expect(editor).toBeFocused();
  await page.keyboard.type('!');
  await expect.poll(() => modelText(page, spec.id)).toBe('Hi!');
});

test('resting the pointer on an underline opens its card without taking the focus; Learn more opens its lesson', async ({
  browserWithExtension,
  open: openPage,
}) => {
  const spec = KINDS[0]!.spec;
  const page = await openPage(spec.site);
  const editor = await typeIn(page, spec, 'Happy to help, call me at (512) 555-0143 tomorrow.');
  const overlay = await expectShown(page, editor, 'pii.phone');
  const underline = overlay.locator('.underline').first();
  const box = (await underline.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = overlay.locator('.panel.popover .card');
  await expect(card).toBeVisible();
  await expect(editor).toBeFocused();

  const [lesson] = await Promise.all([
    browserWithExtension.context.waitForEvent('page'),
    card.getByRole('button', { name: /^Learn more/ }).click(),
  ]);
  await expect.poll(() => lesson.url()).toMatch(/options\.html\?lesson=[a-z-]+#training$/);
  const id = new URL(lesson.url()).searchParams.get('lesson');
  const title = DEFAULT_POLICY.guidelines.find((g) => g.id === id)?.title;
  // The lesson of the guideline the card names.
  expect(title).toBeDefined();
  await expect(card.locator('.guideline')).toContainText(title!);
  await expect(lesson.getByTestId('lesson-title')).toHaveText(title!);
  await expect(lesson.getByTestId('lesson-title')).toBeFocused();
  await expect(lesson.getByTestId('lesson-title')).toBeInViewport();
});
