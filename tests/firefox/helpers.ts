/** Driving a compose box and the overlay in Firefox (Puppeteer): what the lane's tests share. */
import type { Browser, Page } from 'puppeteer-core';
import { SURFACES, type SurfaceSpec } from '../e2e/surfaces';
import { openSite, waitUntil } from './harness';

export async function openSurface(browser: Browser, spec: SurfaceSpec): Promise<Page> {
  const page = await openSite(browser, spec.site, spec.url);
  await spec.open?.(page);
  await page.waitForSelector(spec.editor, { visible: true });
  return page;
}

export const modelText = (page: Page, id: string) =>
  page.evaluate((editorId) => window.__fixture.text(editorId), id);

export const posted = (page: Page) => page.evaluate(() => window.__fixture.posted);

export async function pressWithControl(page: Page, key: 'End' | 'Enter'): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key);
  await page.keyboard.up('Control');
}

/** Puts the caret at the end of the editor and types like a person (trusted key events). */
export async function typeAtEnd(page: Page, spec: SurfaceSpec, text: string): Promise<void> {
  await page.click(spec.editor);
  await pressWithControl(page, 'End');
  await page.keyboard.type(text, { delay: 2 });
}

/** Waits until an overlay has drawn the check of a text `length` UTF-16 units long. */
export async function waitForCheckOf(page: Page, length: number): Promise<void> {
  await waitUntil(
    page,
    (n) =>
      [...document.querySelectorAll('ambassador-overlay')].some(
        (h) => (h as HTMLElement).dataset.length === String(n),
      ),
    length,
  );
}

/** Opens the cards from the badge and clicks the first fix of the card for `ruleId`. */
export async function clickFix(page: Page, ruleId: string): Promise<void> {
  const fix = `ambassador-overlay >>> .card[data-rule-id="${ruleId}"] .actions button`;
  if (!(await page.$(fix))) await page.click('ambassador-overlay >>> .badge');
  await (await page.waitForSelector(fix))!.click();
}

/**
 * The Firefox lane's surfaces, from the shared table: each editor kind of the fixtures, Draft.js
 * (a post and an empty reply), X's mobile textarea, Lexical (a comment, and the post dialog
 * behind a click), Quill and TipTap. Not LinkedIn's share composer: in Firefox the fixture's
 * Quill inside a shadow root does not see typing at all (its model stays empty, `ql-blank`
 * stays on), so nothing can be asserted on it there.
 */
export const FIREFOX_SURFACES = [
  'inline composer on home',
  'reply on a status page',
  'mobile textarea composer',
  'comment box',
  'post composer dialog',
  'classic Quill comment box',
  'TipTap comment box',
].map((name) => {
  const spec = SURFACES.find((s) => s.name === name);
  if (!spec) throw new Error(`no surface named ${name}`);
  return spec;
});
