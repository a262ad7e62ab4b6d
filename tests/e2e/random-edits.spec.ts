/**
 * 200 random edits and fixes per editor, each checked against an independent model of what the
 * text must be: typing, Backspace, new lines, and one-click fixes (whose promised text comes from
 * the engine run here in Node). The editor's own model must match after every step.
 */
import { seededRandom as random } from '../seeded-random';
import { applyEdits } from '../../lib/engine/edits';
import { test, expect } from './fixtures';
import {
  SURFACES,
  clickFix,
  expectedFindings,
  modelText,
  shownRuleIds,
  waitForCheck,
  type SurfaceSpec,
} from './guidance-helpers';

const STEPS = 200;
const SEED = Number(process.env.RANDOM_EDITS_SEED ?? 20261123);
const WORDS = [
  'hello ',
  'team ',
  'the XPS 13 ',
  'Dell ',
  'call 512-555-0143 ',
  'mail me at amy@example.com ',
  'great ',
  '🎉 ',
  '世界 ',
  'our Q3 earnings ',
  'café ',
];

const EDITORS = SURFACES.filter((s) =>
  [
    'inline composer on home',
    'post composer dialog',
    // Enter posts here: the new lines below are Shift+Enter, as a person types them.
    'reply in a post opened as a modal',
    'share composer in the shadow root',
    'TipTap comment box',
    'mobile textarea composer',
  ].includes(s.name),
);

/**
 * What the overlay shows once it has checked `text`: the cards of the overlays whose last check
 * was of a text that long (several when it is empty: the page's other boxes show nothing then).
 */
async function shownFor(page: import('@playwright/test').Page, text: string): Promise<string[]> {
  const overlays = page.locator(`ambassador-overlay[data-length="${text.length}"]`);
  await waitForCheck(overlays.first(), text.length);
  const shown: string[] = [];
  for (const overlay of await overlays.all()) shown.push(...(await shownRuleIds(overlay)));
  return shown.sort();
}

/**
 * Ctrl+End, then a frame: editors learn of a caret move from the async selectionchange event, and
 * no person presses the next key within the same millisecond.
 */
async function toEnd(page: import('@playwright/test').Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+End');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

for (const spec of EDITORS) {
  test(`${spec.site} ${spec.name}: ${STEPS} random edits and fixes keep the model exact (seed ${SEED})`, async ({
    open,
  }) => {
    test.setTimeout(240_000);
    const next = random(SEED);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const page = await open(spec.site);
    if (spec.url) await page.goto(spec.url);
    await spec.open?.(page);
    const editor = page.locator(spec.editor);
    await editor.click();
    let expected = '';
    const log: string[] = [];
    // As a set with repeats: the cards put blocks first and merge findings that share a fix.
    const rules = (text: string) =>
      expectedFindings(spec as SurfaceSpec, text)
        .map((f) => f.ruleId)
        .sort();

    for (let step = 0; step < STEPS; step++) {
      const roll = next();
      if (roll < 0.45 || expected.length === 0) {
        const word = pick(WORDS);
        log.push(`type ${JSON.stringify(word)}`);
        await toEnd(page);
        await page.keyboard.type(word);
        expected += word;
      } else if (roll < 0.65) {
        const count = 1 + Math.floor(next() * 4);
        log.push(`backspace ×${count}`);
        await toEnd(page);
        for (let i = 0; i < count && expected.length > 0; i++) {
          await page.keyboard.press('Backspace');
          // Backspace removes one code point (an emoji is two UTF-16 units).
          expected = Array.from(expected).slice(0, -1).join('');
        }
      } else if (roll < 0.72) {
        log.push('enter');
        await toEnd(page);
        await page.keyboard.press('Shift+Enter');
        expected += '\n';
      } else {
        // The overlay must show exactly what the engine says of this text, then a fix is clicked.
        await expect
          .poll(() => shownFor(page, expected), { message: `after: ${log.slice(-5).join(', ')}` })
          .toEqual(rules(expected));
        const fixable = expectedFindings(spec, expected).filter((f) => f.fixes.length > 0);
        if (fixable.length === 0) continue;
        const finding = pick(fixable);
        const first = expectedFindings(spec, expected).find((f) => f.ruleId === finding.ruleId)!;
        log.push(`fix ${first.ruleId}`);
        await clickFix(page, editor, first.ruleId);
        expected = applyEdits(expected, first.fixes[0]!.edits);
        await expect.poll(() => modelText(page, spec.id), { message: `fix at step ${step}` }).toBe(expected);
        // The fix is done when focus is back in the editor, the caret where the editor put it.
        await expect(editor).toBeFocused();
      }
      await expect
        .poll(() => modelText(page, spec.id), { message: `step ${step}: ${log.slice(-6).join(', ')}` })
        .toBe(expected);
    }
    await expect.poll(() => shownFor(page, expected)).toEqual(rules(expected));
  });
}
