/**
 * Firefox's managed storage, deployed as an admin does on Linux without a policy engine: a managed
 * storage manifest in the user's `~/.mozilla/managed-storage/` (the admin guide's Firefox section).
 * The managed policy is in force in a compose box, the popup and the options page name it, and
 * `lockOverrides` takes the import away.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { policyWithBlockedTerm, SURFACES } from '../e2e/surfaces';
import { launchFirefox, openExtensionPage } from './harness';
import { openSurface, typeAtEnd, waitForCheckOf } from './helpers';

const MANAGED = policyWithBlockedTerm('Acme policy from a Firefox storage manifest');
const X_HOME = SURFACES.find((s) => s.site === 'x' && s.name === 'inline composer on home')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox({ managed: { policy: MANAGED, lockOverrides: true } });
});
afterAll(() => browser?.close());

test('the popup and the options page show the managed policy in force, imports locked', async () => {
  const popup = await openExtensionPage(browser, 'popup.html');
  await popup.waitForSelector('[data-testid="policy-source"][data-source="managed"]');
  expect(await popup.$eval('[data-testid="policy-name"]', (e) => e.textContent)).toContain(MANAGED.name);
  await popup.close();

  const options = await openExtensionPage(browser, 'options.html#policy');
  const inForce = '[data-testid="policy-in-force"][data-source="managed"]';
  await options.waitForSelector(inForce);
  expect(await options.$eval(`${inForce} [data-testid="policy-name"]`, (e) => e.textContent)).toBe(
    MANAGED.name,
  );
  await options.waitForSelector('[data-testid="import-locked"]', { visible: true });
  expect(await options.$('[data-testid="policy-file"]')).toBeNull();
  await options.close();
});

test("the managed policy's own rule is checked in a compose box", async () => {
  const draft = 'Shipping the bluebird update today';
  const page = await openSurface(browser, X_HOME);
  await typeAtEnd(page, X_HOME, draft);
  await waitForCheckOf(page, draft.length);
  await page.click('ambassador-overlay >>> .badge');
  await page.waitForSelector('ambassador-overlay >>> .card[data-rule-ids~="custom.no-bluebird"]');
  await page.close();
});
