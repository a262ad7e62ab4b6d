/**
 * The Chromium guidance specs' core, in real Firefox: per editor kind, a one-click fix lands in the
 * editor's own model (in an empty and a non-empty draft), a phone number is redacted, and a block
 * finding holds the post. Same surfaces and expected fixes as the Chromium lane (surfaces.ts).
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectedFindings, promisedText } from '../e2e/surfaces';
import { launchFirefox } from './harness';
import {
  clickFix,
  modelText,
  openSurface,
  posted,
  pressWithControl,
  FIREFOX_SURFACES,
  typeAtEnd,
  waitForCheckOf,
} from './helpers';

const PRODUCT_POST = 'Loving the new XPS 13 laptop, the screen is gorgeous.';
const PHONE_POST = 'Happy to help, call me at (512) 555-0143 tomorrow.';
const CONFIDENTIAL_POST = 'Heads up: our Q3 earnings will beat expectations before the official release.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(() => browser?.close());

describe.each(FIREFOX_SURFACES)('$site: $name', (spec) => {
  test('disclosure fix in a non-empty draft lands in the editor model', async () => {
    const page = await openSurface(browser, spec);
    await typeAtEnd(page, spec, PRODUCT_POST);
    await waitForCheckOf(page, PRODUCT_POST.length);
    await clickFix(page, 'disclosure.missing');
    await expect
      .poll(() => modelText(page, spec.id))
      .toBe(promisedText(spec, PRODUCT_POST, 'disclosure.missing'));
  });

  test('a phone number is redacted with one click', async () => {
    const page = await openSurface(browser, spec);
    await typeAtEnd(page, spec, PHONE_POST);
    await waitForCheckOf(page, PHONE_POST.length);
    const promised = promisedText(spec, PHONE_POST, 'pii.phone');
    expect(promised).not.toContain('555-0143');
    await clickFix(page, 'pii.phone');
    await expect.poll(() => modelText(page, spec.id)).toBe(promised);
  });

  test('a block finding holds the submit click, Ctrl+Enter and Enter where it posts; "Post anyway" posts', async () => {
    const page = await openSurface(browser, spec);
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
    await spec.afterSubmit?.(page);
    await expect.poll(() => posted(page)).toEqual([{ editor: spec.id, text: CONFIDENTIAL_POST }]);
  });
});

describe.each(FIREFOX_SURFACES.filter((spec) => spec.replyTo))('$site: $name, a reply', (spec) => {
  test('the hand-off fix lands in an empty draft', async () => {
    const page = await openSurface(browser, spec);
    await page.click(spec.editor);
    await page.waitForSelector('ambassador-overlay >>> .badge');
    const promised = promisedText(spec, '', 'handoff.complaint');
    await clickFix(page, 'handoff.complaint');
    await expect.poll(() => modelText(page, spec.id)).toBe(promised);
  });
});
