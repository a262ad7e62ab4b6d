/**
 * "Don't show this kind again", on X's home composer (Draft.js): the built-in policy marks shouting
 * optional. The button takes the finding's underline and card away without touching the draft,
 * the choice holds after a reload and in every open tab, the options page turns it back on, and a
 * mandatory finding's card never offers it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectShown, modelText, shownRuleIds, SURFACES, typeAtEnd } from './guidance-helpers';
import { openExtensionPage } from './harness';

const spec = SURFACES.find((s) => s.name === 'inline composer on home')!;
const TEXT = 'WE ARE SO VERY EXCITED ABOUT THIS today, only the clueless would disagree.';
const SWITCH_OFF = "Don't show this kind again";

/** X's home with the draft typed into its composer, shouting and the insult shown. */
async function draftOn(page: Page) {
  const editor = page.locator(spec.editor);
  await typeAtEnd(page, editor, TEXT);
  await expectShown(page, editor, 'tone.shouting');
  return { editor, overlay: await expectShown(page, editor, 'tone.insult') };
}

test("an optional finding's card switches its kind off, until the options page turns it back on", async ({
  open,
  browserWithExtension,
}) => {
  const page = await open('x');
  const { overlay } = await draftOn(page);
  await overlay.locator('.badge').click();
  const list = overlay.locator('.panel.list');
  const shouting = list.locator('.card[data-rule-ids~="tone.shouting"]');
  // A mandatory finding (the insult) can be dismissed for this draft, never switched off.
  const insult = list.locator('.card[data-rule-ids~="tone.insult"]');
  await expect(insult.getByRole('button', { name: 'Dismiss for this draft' })).toBeVisible();
  await expect(insult.getByRole('button', { name: SWITCH_OFF })).toHaveCount(0);

  await shouting.getByRole('button', { name: SWITCH_OFF }).click();
  await expect(overlay.locator('[data-underline^="tone.shouting|"]')).toHaveCount(0);
  await expect(overlay.locator('.card[data-rule-ids~="tone.shouting"]')).toHaveCount(0);
  await expect(overlay.locator('.fixed')).toContainText("Turn it back on in Ambassador's options");
  await expect(overlay.locator('[data-underline^="tone.insult|"]').first()).toBeAttached();
  expect(await modelText(page, spec.id)).toBe(TEXT);

  // A later draft, after a reload: the insult shows and, in the same check, no shouting.
  await page.reload();
  const editor = page.locator(spec.editor);
  await typeAtEnd(page, editor, TEXT);
  const reloaded = await expectShown(page, editor, 'tone.insult');
  expect(await shownRuleIds(reloaded)).not.toContain('tone.shouting');
  expect(await modelText(page, spec.id)).toBe(TEXT);

  // The options page lists it switched off; turning it back on shows it again in the open draft.
  const options = await openExtensionPage(browserWithExtension, 'options.html#nudges');
  const toggle = options.getByRole('checkbox', { name: /Be nice.*Shouting/ });
  await expect(toggle).not.toBeChecked();
  await toggle.press('Space');
  await expect(toggle).toBeChecked();
  await page.bringToFront();
  await expectShown(page, editor, 'tone.shouting');
  expect(await modelText(page, spec.id)).toBe(TEXT);
});

test('switching a kind off takes it from every open tab at once; Undo brings it back', async ({ open }) => {
  const first = await open('x');
  const one = await draftOn(first);
  const second = await open('x');
  const two = await draftOn(second);

  // From the card beside the words (a click on the underline).
  const underline = two.overlay.locator('[data-underline^="tone.shouting|"]').first();
  const u = (await underline.boundingBox())!;
  await second.mouse.click(u.x + u.width / 2, u.y + u.height / 2);
  const card = two.overlay.locator('.panel.popover .card[data-rule-ids~="tone.shouting"]');
  await card.getByRole('button', { name: SWITCH_OFF }).click();
  await expect(two.overlay.locator('[data-underline^="tone.shouting|"]')).toHaveCount(0);

  await first.bringToFront();
  await expect(one.overlay.locator('[data-underline^="tone.shouting|"]')).toHaveCount(0);
  await expect(one.overlay.locator('[data-underline^="tone.insult|"]').first()).toBeAttached();

  // Undo in the tab that switched it off: both tabs show it again, the drafts untouched.
  await second.bringToFront();
  await two.overlay.locator('.fixed').getByRole('button', { name: 'Undo' }).click();
  await expectShown(second, two.editor, 'tone.shouting');
  await first.bringToFront();
  await expectShown(first, one.editor, 'tone.shouting');
  expect(await modelText(first, spec.id)).toBe(TEXT);
  expect(await modelText(second, spec.id)).toBe(TEXT);
});
