/** Importing a policy file in the options page: validated, and live in already open compose boxes. */
import {
  activePolicy,
  expect,
  openExtensionPage,
  policyWithBlockedTerm,
  test,
  typeInX,
  X_EDITOR,
} from './admin-helpers';
import { expectShown, shownRuleIds, waitForCheck } from './guidance-helpers';
import { openSite } from './harness';
import { DEFAULT_POLICY, DEFAULT_POLICY_INPUT } from '../../lib/policy';

const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2));

test('importing a policy file changes the nudges in a compose box that is already open', async ({ ext }) => {
  const x = await openSite(ext.context, 'x');
  await expect(x.locator(X_EDITOR).first()).toBeVisible();
  const text = 'Shipping the bluebird update for the XPS today';
  await typeInX(x, text);
  // Under the built-in policy "bluebird" means nothing: a check of the whole text shows other nudges.
  const overlay = await expectShown(x, x.locator(X_EDITOR).first(), 'disclosure.missing');
  await waitForCheck(overlay, text.length);
  expect(await shownRuleIds(overlay)).not.toContain('custom.no-bluebird');

  const options = await openExtensionPage(ext, 'options.html#policy');
  await options.getByTestId('policy-file').setInputFiles({
    name: 'acme-policy.json',
    mimeType: 'application/json',
    buffer: json(policyWithBlockedTerm('Acme Imported Policy')),
  });
  await expect(options.getByTestId('import-ok')).toContainText('Acme Imported Policy');
  await expect(options.getByTestId('policy-in-force')).toHaveAttribute('data-source', 'imported');
  await expect(options.getByTestId('policy-name')).toHaveText('Acme Imported Policy');
  await expect.poll(async () => (await activePolicy(ext.worker!))?.source).toBe('imported');

  // The open compose box re-checks with the new policy, without a reload. Back to its tab first:
  // headless Chromium runs requestAnimationFrame, which draws the nudges, only in the tab in front.
  await x.bringToFront();
  await expect.poll(() => shownRuleIds(overlay), { timeout: 15_000 }).toContain('custom.no-bluebird');
  await expect(x.locator(X_EDITOR).first()).toHaveText(text);

  // Removing the import brings the built-in policy back, live as well.
  await options.getByRole('button', { name: 'Remove the imported policy' }).click();
  await expect(options.getByTestId('policy-name')).toHaveText(DEFAULT_POLICY.name);
  await expect.poll(() => shownRuleIds(overlay), { timeout: 15_000 }).not.toContain('custom.no-bluebird');
});

test("a policy whose patterns need RE2 loads it into the content script on demand, out of the page's reach", async ({
  ext,
}) => {
  const options = await openExtensionPage(ext, 'options.html#policy');
  const policy = {
    ...DEFAULT_POLICY_INPUT,
    name: 'Acme Patterns',
    customRules: [
      {
        id: 'project-code',
        // An open repeat: too slow for the page's own RegExp on hostile text, so it runs on RE2.
        pattern: '\\bPRJ-[A-Z]+\\b',
        caseSensitive: true,
        severity: 'warn',
        guideline: 'keep-confidential',
        message: 'Project codes are internal.',
      },
    ],
  };
  await options
    .getByTestId('policy-file')
    .setInputFiles({ name: 'patterns.json', mimeType: 'application/json', buffer: json(policy) });
  await expect(options.getByTestId('policy-name')).toHaveText('Acme Patterns');

  const x = await openSite(ext.context, 'x');
  await expect(x.locator(X_EDITOR).first()).toBeVisible();
  await typeInX(x, 'Proud of the PRJ-FALCON team at Dell');
  const overlay = await expectShown(x, x.locator(X_EDITOR).first(), 'custom.project-code');
  expect(await shownRuleIds(overlay)).not.toContain('custom.failed');
  // The engine lives in the extension's isolated world; the page never sees it.
  expect(await x.evaluate(() => '__ambassadorRe2' in globalThis)).toBe(false);
});

test('an invalid policy file is refused with every error and its path; the policy in force stays', async ({
  ext,
}) => {
  const options = await openExtensionPage(ext, 'options.html#policy');
  await expect(options.getByTestId('policy-name')).toHaveText(DEFAULT_POLICY.name);
  const broken = {
    ...DEFAULT_POLICY_INPUT,
    schemaVersion: 2,
    customRules: [{ id: 'slow', pattern: '(a+)\\1', guideline: 'no-such-guideline', message: 'x' }],
  };
  await options
    .getByTestId('policy-file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: json(broken) });
  const errors = options.getByTestId('import-errors');
  await expect(errors).toContainText('broken.json was not imported');
  await expect(errors.locator('code', { hasText: /^schemaVersion$/ })).toBeVisible();
  await expect(errors.locator('code', { hasText: /^customRules\[0\]\.pattern$/ })).toBeVisible();
  await expect(errors.locator('code', { hasText: /^customRules\[0\]\.guideline$/ })).toBeVisible();

  await options
    .getByTestId('policy-file')
    .setInputFiles({ name: 'nonsense.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await expect(options.getByTestId('import-errors')).toContainText('not valid JSON');

  await expect(options.getByTestId('policy-name')).toHaveText(DEFAULT_POLICY.name);
  expect((await activePolicy(ext.worker!))?.source).toBe('default');
});
