/**
 * Posts in other languages, with the built extension on the Facebook fixture's Lexical composer:
 * a French post gets the policy's French nudge, its guideline's French title and its French
 * disclosure fix, read back from the
 * editor's own model; an Arabic draft (a right-to-left paragraph: Lexical marks it dir="auto") gets its underline
 * under the very characters the engine flagged.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  SURFACES,
  clickFix,
  expectShown,
  expectedFindings,
  modelText,
  promisedText,
  typeAtEnd,
} from './guidance-helpers';

const COMPOSER = SURFACES.find((s) => s.name === 'post composer dialog')!;
const FRENCH_POST =
  'Je suis ravie de mon nouveau Dell XPS : il est génial pour le travail, je le recommande.';
const ENGLISH_POST = 'I love my new Dell XPS: it is great for work, I recommend it.';
const PHONE = '512-555-0143';
const WORD_BEFORE_PHONE = 'على';
const ARABIC_POST = `مرحبا، اتصل بي ${WORD_BEFORE_PHONE} ${PHONE} غدا من فضلك.`;

async function openComposer(
  open: (site: 'facebook') => Promise<Page>,
): Promise<{ page: Page; editor: Locator }> {
  const page = await open('facebook');
  await COMPOSER.open!(page);
  const editor = page.locator(COMPOSER.editor);
  await expect(editor).toBeVisible();
  return { page, editor };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const union = (rects: { x: number; y: number; width: number; height: number }[]): Box => ({
  left: Math.min(...rects.map((r) => r.x)),
  right: Math.max(...rects.map((r) => r.x + r.width)),
  top: Math.min(...rects.map((r) => r.y)),
  bottom: Math.max(...rects.map((r) => r.y + r.height)),
});

test('a French post gets the French disclosure nudge, and its fix puts the French phrase in the model', async ({
  open,
}) => {
  const finding = expectedFindings(COMPOSER, FRENCH_POST).find((f) => f.ruleId === 'disclosure.missing')!;
  const english = expectedFindings(COMPOSER, ENGLISH_POST).find((f) => f.ruleId === 'disclosure.missing')!;
  // The engine reads the draft as French: the test is only as good as that difference.
  expect(finding.message).not.toBe(english.message);
  expect(finding.message).toContain('travaillez pour Dell');
  // Its guideline's title too, on the card, as the built-in course gives it in French.
  expect(finding.guideline).not.toBe(english.guideline);

  const { page, editor } = await openComposer(open);
  await typeAtEnd(page, editor, FRENCH_POST);
  const overlay = await expectShown(page, editor, 'disclosure.missing');
  const card = overlay.locator('.card[data-rule-ids~="disclosure.missing"]');
  if (!(await card.isVisible())) await overlay.locator('.badge').click();
  await expect(card.locator('.message')).toHaveText(finding.message);
  await expect(card.locator('.guideline')).toContainText(finding.guideline);
  await expect(card.getByRole('button', { name: finding.fixes[0]!.label })).toBeVisible();

  await clickFix(page, editor, 'disclosure.missing');
  const fixed = promisedText(COMPOSER, FRENCH_POST, 'disclosure.missing');
  expect(fixed.startsWith('#JeTravaillePourDell ')).toBe(true);
  await expect.poll(() => modelText(page, COMPOSER.id)).toBe(fixed);
});

test('an Arabic draft’s underline sits under the flagged characters of its right-to-left line', async ({
  open,
}) => {
  const finding = expectedFindings(COMPOSER, ARABIC_POST).find((f) => f.ruleId === 'pii.phone')!;
  expect(ARABIC_POST.slice(finding.start, finding.end)).toBe(PHONE);

  const { page, editor } = await openComposer(open);
  await typeAtEnd(page, editor, ARABIC_POST);
  await expect.poll(() => modelText(page, COMPOSER.id)).toBe(ARABIC_POST);
  // Lexical marks each paragraph dir="auto": the browser reads this one as right to left.
  await expect(editor.locator('p[dir="auto"]')).toHaveCount(1);
  expect(await editor.locator('p').evaluate((p) => p.matches(':dir(rtl)'))).toBe(true);
  const overlay = await expectShown(page, editor, 'pii.phone');

  const underlines = overlay.locator('[data-underline^="pii.phone|"]');
  await expect(underlines.first()).toBeVisible();
  const drawn = union(
    (await underlines.evaluateAll((all) =>
      all.map((u) => {
        const r = u.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    )) as { x: number; y: number; width: number; height: number }[],
  );
  // Where the browser draws the phone number's characters in the editor, and the word before it.
  const [text, before] = (
    await editor.evaluate(
      (element, words) =>
        words.map((word) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(word);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            return [...range.getClientRects()].map((r) => ({
              x: r.x,
              y: r.y,
              width: r.width,
              height: r.height,
            }));
          }
          throw new Error(`"${word}" is not in the editor`);
        }),
      [PHONE, WORD_BEFORE_PHONE],
    )
  ).map(union) as [Box, Box];
  expect(text.right - text.left).toBeGreaterThan(20);
  // Right to left: the word typed before the number is drawn to its right.
  expect(before.left).toBeGreaterThanOrEqual(text.right - 1);
  expect(Math.abs(drawn.left - text.left)).toBeLessThanOrEqual(2);
  expect(Math.abs(drawn.right - text.right)).toBeLessThanOrEqual(2);
  // Under the characters: from inside the line box to just below it.
  expect(drawn.bottom).toBeGreaterThan(text.top + (text.bottom - text.top) / 2);
  expect(drawn.top).toBeLessThanOrEqual(text.bottom + 4);
});
