/**
 * Draft.js (X's composer) keeps React's own text nodes: an edit the browser makes over a whole
 * line behind Draft's back leaves the page showing one text while Draft holds (and would post)
 * another, and over several lines it unmounts the editor. Fixes that replace or remove whole
 * lines must go through Draft's model; typing afterwards must still show what Draft holds.
 */
import { test, expect } from './fixtures';
import { SURFACES, clickFix, expectShown, modelText, promisedText, typeAtEnd } from './guidance-helpers';
import type { Locator, Page } from '@playwright/test';

const HOME = SURFACES.find((s) => s.site === 'x' && s.id === 'home')!;
const LEAK = 'Heads up: our Q3 earnings will beat expectations before the official release.';

/** What the page shows in the editor, lines as Draft's model joins them. */
const shown = (editor: Locator) =>
  editor.evaluate((element) =>
    [...element.querySelectorAll('[data-block="true"]')].map((block) => block.textContent).join('\n'),
  );

/** Types and takes it back again; the page and Draft's model must agree all along. */
async function typeAndTakeBack(page: Page, editor: Locator, before: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('abc ');
  await expect.poll(() => modelText(page, HOME.id)).toBe(`${before}abc `);
  await expect.poll(() => shown(editor)).toBe(`${before}abc `);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await expect.poll(() => modelText(page, HOME.id)).toBe(before);
  await expect.poll(() => shown(editor)).toBe(before);
}

for (const lines of [[LEAK], ['Quick one before the call.', '', LEAK]]) {
  test(`the storyline replaces a draft of ${lines.length} line(s); the page shows what Draft holds`, async ({
    open,
  }) => {
    const page = await open('x');
    const editor = page.locator(HOME.editor);
    await expect(editor).toBeVisible();
    await editor.click();
    for (const [index, line] of lines.entries()) {
      if (index > 0) await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(line, { delay: 2 });
    }
    const draft = lines.join('\n');
    await expect.poll(() => modelText(page, HOME.id)).toBe(draft);
    await expectShown(page, editor, 'confidential.earnings');
    const promised = promisedText(HOME, draft, 'confidential.earnings');
    await clickFix(page, editor, 'confidential.earnings');
    await expect.poll(() => modelText(page, HOME.id)).toBe(promised);
    await expect.poll(() => shown(editor)).toBe(promised);
    await typeAndTakeBack(page, editor, promised);
  });
}

test('removing a draft that is one profane word leaves Draft and the page empty alike', async ({ open }) => {
  const page = await open('x');
  const editor = page.locator(HOME.editor);
  await expect(editor).toBeVisible();
  await typeAtEnd(page, editor, 'shit');
  await expectShown(page, editor, 'tone.profanity');
  await clickFix(page, editor, 'tone.profanity');
  await expect.poll(() => modelText(page, HOME.id)).toBe('');
  await expect.poll(() => shown(editor)).toBe('');
  await typeAndTakeBack(page, editor, '');
});
