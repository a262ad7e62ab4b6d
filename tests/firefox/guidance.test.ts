/**
 * The Chromium guidance specs' core, in real Firefox: per editor kind, a one-click fix lands in the
 * editor's own model (in an empty and a non-empty draft), a phone number is redacted, and a block
 * finding holds the post. Same surfaces and expected fixes as the Chromium lane (surfaces.ts).
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SURFACES, expectedFindings, promisedText, type SurfaceSpec } from '../e2e/surfaces';
import { launchFirefox, openSite } from './harness';

const PRODUCT_POST = 'Loving the new XPS 13 laptop, the screen is gorgeous.';
const PHONE_POST = 'Happy to help, call me at (512) 555-0143 tomorrow.';
const CONFIDENTIAL_POST = 'Heads up: our Q3 earnings will beat expectations before the official release.';

/**
 * Each editor kind of the fixtures: Draft.js (a post and an empty reply), X's mobile textarea,
 * Lexical, Quill and TipTap. The share composers behind a click and a shadow root are left to the
 * Chromium lane: their editors are the same kinds.
 */
const FIREFOX_SURFACES = [
  'inline composer on home',
  'reply on a status page',
  'mobile textarea composer',
  'comment box',
  'classic Quill comment box',
  'TipTap comment box',
].map((name) => {
  const spec = SURFACES.find((s) => s.name === name);
  if (!spec) throw new Error(`no surface named ${name}`);
  return spec;
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(() => browser?.close());

async function openSurface(spec: SurfaceSpec): Promise<Page> {
  const page = await openSite(browser, spec.site, spec.url);
  await page.waitForSelector(spec.editor, { visible: true });
  return page;
}

const modelText = (page: Page, id: string) =>
  page.evaluate((editorId) => window.__fixture.text(editorId), id);
async function pressWithControl(page: Page, key: 'End' | 'Enter'): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key);
  await page.keyboard.up('Control');
}

const posted = (page: Page) => page.evaluate(() => window.__fixture.posted);

/** Puts the caret at the end of the editor and types like a person (trusted key events). */
async function typeAtEnd(page: Page, spec: SurfaceSpec, text: string): Promise<void> {
  await page.click(spec.editor);
  await pressWithControl(page, 'End');
  await page.keyboard.type(text, { delay: 2 });
}

/** Waits until an overlay has drawn the check of a text `length` UTF-16 units long. */
async function waitForCheckOf(page: Page, length: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('ambassador-overlay')].some(
        (h) => (h as HTMLElement).dataset.length === String(n),
      ),
    {},
    length,
  );
}

/** Opens the cards from the badge and clicks the first fix of the card for `ruleId`. */
async function clickFix(page: Page, ruleId: string): Promise<void> {
  const fix = `ambassador-overlay >>> .card[data-rule-id="${ruleId}"] .actions button`;
  if (!(await page.$(fix))) await page.click('ambassador-overlay >>> .badge');
  await (await page.waitForSelector(fix))!.click();
}

describe.each(FIREFOX_SURFACES)('$site: $name', (spec) => {
  test('disclosure fix in a non-empty draft lands in the editor model', async () => {
    const page = await openSurface(spec);
    await typeAtEnd(page, spec, PRODUCT_POST);
    await waitForCheckOf(page, PRODUCT_POST.length);
    await clickFix(page, 'disclosure.missing');
    await expect
      .poll(() => modelText(page, spec.id))
      .toBe(promisedText(spec, PRODUCT_POST, 'disclosure.missing'));
  });

  test('a phone number is redacted with one click', async () => {
    const page = await openSurface(spec);
    await typeAtEnd(page, spec, PHONE_POST);
    await waitForCheckOf(page, PHONE_POST.length);
    const promised = promisedText(spec, PHONE_POST, 'pii.phone');
    expect(promised).not.toContain('555-0143');
    await clickFix(page, 'pii.phone');
    await expect.poll(() => modelText(page, spec.id)).toBe(promised);
  });

  test('a block finding holds the submit click, Ctrl+Enter and Enter where it posts; "Post anyway" posts', async () => {
    const page = await openSurface(spec);
    await typeAtEnd(page, spec, CONFIDENTIAL_POST);
    expect(expectedFindings(spec, CONFIDENTIAL_POST).some((f) => f.severity === 'block')).toBe(true);
    await waitForCheckOf(page, CONFIDENTIAL_POST.length);
    const held = 'ambassador-overlay >>> .panel[aria-label="Post held by Ambassador"]';
    await page.click(spec.submit);
    await page.waitForSelector(held);
    expect(await posted(page)).toEqual([]);

    for (const press of spec.enterSubmits
      ? [() => pressWithControl(page, 'Enter'), () => page.keyboard.press('Enter')]
      : [() => pressWithControl(page, 'Enter')]) {
      await page.click(`${held} footer button:not(.danger)`);
      await page.waitForSelector(held, { hidden: true });
      await page.focus(spec.editor);
      await press();
      await page.waitForSelector(held);
      expect(await posted(page)).toEqual([]);
      // Held, not typed: no line break went into the draft either.
      expect(await modelText(page, spec.id)).toBe(CONFIDENTIAL_POST);
    }

    await page.click(`${held} footer button.danger`);
    await expect.poll(() => posted(page)).toEqual([{ editor: spec.id, text: CONFIDENTIAL_POST }]);
  });
});

describe.each(FIREFOX_SURFACES.filter((spec) => spec.replyTo))('$site: $name, a reply', (spec) => {
  test('the hand-off fix lands in an empty draft', async () => {
    const page = await openSurface(spec);
    await page.click(spec.editor);
    await page.waitForSelector('ambassador-overlay >>> .badge');
    const promised = promisedText(spec, '', 'handoff.complaint');
    await clickFix(page, 'handoff.complaint');
    await expect.poll(() => modelText(page, spec.id)).toBe(promised);
  });
});
