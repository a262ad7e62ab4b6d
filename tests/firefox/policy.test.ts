/**
 * The popup and the options page in Firefox show the policy in force, before and after an import
 * through the options page; with the imported policy's multi-line hand-off, the reply goes into
 * each editor kind as lines of its own model (the Chromium lane's linkedin.spec, for every kind).
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_POLICY } from '../../lib/policy';
import {
  MULTI_LINE_HANDOFF_INPUT,
  multiLineHandoffCase,
  multiLineHandoffPolicy,
  promisedText,
} from '../e2e/surfaces';
import { importPolicy, launchFirefox, openExtensionPage } from './harness';
import { FIREFOX_SURFACES, clickFix, modelText, openSurface, typeAtEnd, waitForCheckOf } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(() => browser?.close());

const textOf = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent ?? '');
const attributeOf = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (element, attribute) => element.getAttribute(attribute), name);

/** The popup and the options page both name `policyName`, from `source`. */
async function expectPolicyShown(policyName: string, source: string): Promise<void> {
  const popup = await openExtensionPage(browser, 'popup.html');
  await popup.waitForSelector(`[data-testid="policy-source"][data-source="${source}"]`);
  expect(await textOf(popup, '[data-testid="policy-name"]')).toContain(policyName);
  await popup.close();

  const options = await openExtensionPage(browser, 'options.html#policy');
  const inForce = `[data-testid="policy-in-force"][data-source="${source}"]`;
  await options.waitForSelector(inForce);
  expect(await textOf(options, `${inForce} [data-testid="policy-name"]`)).toBe(policyName);
  expect(await attributeOf(options, inForce, 'data-source')).toBe(source);
  await options.close();
}

test('the popup and the options page show the built-in policy', async () => {
  await expectPolicyShown(DEFAULT_POLICY.name, 'default');
});

describe('an imported policy with a multi-line hand-off', () => {
  const policy = multiLineHandoffPolicy();
  beforeAll(() => importPolicy(browser, MULTI_LINE_HANDOFF_INPUT));

  test('the popup and the options page show it in force', async () => {
    await expectPolicyShown(policy.name, 'imported');
  });

  test.each(FIREFOX_SURFACES)('$site: $name: the hand-off goes in as lines of the model', async (spec) => {
    const { draft, rule } = multiLineHandoffCase(spec);
    const promised = promisedText(spec, draft, rule, 0, policy);
    expect(promised.split('\n')).toHaveLength(4);
    const page = await openSurface(browser, spec);
    if (draft) {
      await typeAtEnd(page, spec, draft);
      await waitForCheckOf(page, draft.length);
    } else {
      await page.click(spec.editor);
      await page.waitForSelector('ambassador-overlay >>> .badge');
    }
    await clickFix(page, rule);
    await expect.poll(() => modelText(page, spec.id)).toBe(promised);
  });
});
