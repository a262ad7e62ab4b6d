/**
 * A real enterprise policy: Chromium on Linux reads /etc/chromium/policies/managed/*.json and
 * publishes the extension's values in storage.managed. Needs write access there (CI runs as root);
 * elsewhere the tests are skipped with the reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY_INPUT } from '../../lib/policy';
import {
  activePolicy,
  expect,
  managedPolicyUnavailable,
  openExtensionPage,
  policyStatus,
  policyWithBlockedTerm,
  removeManagedPolicy,
  test,
  typeInX,
  writeManagedPolicy,
  X_EDITOR,
} from './admin-helpers';
import { expectShown } from './guidance-helpers';
import { launch, openSite } from './harness';

const unavailable = managedPolicyUnavailable();
test.skip(unavailable !== undefined, `managed policy tests skipped: ${unavailable}`);
test.describe.configure({ mode: 'serial' });
test.afterEach(() => removeManagedPolicy());

const MANAGED = policyWithBlockedTerm('Acme Managed Policy', 'bluebird', 'no-bluebird');
const today = new Date().toISOString().slice(0, 10);

test('a managed policy is in force in the compose box and shown in the popup; lockOverrides blocks imports', async ({
  lock: _lock,
}) => {
  writeManagedPolicy({
    policy: MANAGED,
    lockOverrides: true,
    training: { courseVersion: DEFAULT_POLICY_INPUT.training.courseVersion, completedAt: today },
  });
  const ext = await launch();
  try {
    // Chrome's policy service takes a few seconds to publish managed storage after a start.
    await expect
      .poll(async () => (await activePolicy(ext.worker!))?.source, { timeout: 30_000 })
      .toBe('managed');

    const popup = await openExtensionPage(ext, 'popup.html');
    await expect(popup.getByTestId('policy-name')).toContainText('Acme Managed Policy');
    await expect(popup.getByTestId('policy-source')).toHaveAttribute('data-source', 'managed');
    // The LMS completion pushed in the same policy certifies the employee.
    await expect(popup.getByTestId('training-state')).toHaveAttribute('data-state', 'certified');

    const x = await openSite(ext.context, 'x');
    await expect(x.locator(X_EDITOR).first()).toBeVisible();
    await typeInX(x, 'Shipping the bluebird update today');
    await expectShown(x, x.locator(X_EDITOR).first(), 'custom.no-bluebird', 15_000);

    const options = await openExtensionPage(ext, 'options.html#policy');
    await expect(options.getByTestId('policy-in-force')).toHaveAttribute('data-source', 'managed');
    await expect(options.getByTestId('import-locked')).toBeVisible();
    await expect(options.getByTestId('policy-file')).toHaveCount(0);
  } finally {
    await ext.close();
  }
});

test('an invalid managed policy is refused with its errors shown, and the previous policy stays in force', async ({
  lock: _lock,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'ambassador-managed-'));
  try {
    writeManagedPolicy({ policy: MANAGED });
    let ext = await launch({ userDataDir: profile });
    await expect
      .poll(async () => (await activePolicy(ext.worker!))?.policy.name, { timeout: 30_000 })
      .toBe('Acme Managed Policy');
    await ext.close();

    // The admin pushes a broken policy; the browser starts again with it.
    writeManagedPolicy({
      policy: {
        ...MANAGED,
        name: 'Acme Broken Policy',
        customRules: [{ id: 'Bad Id', pattern: '(a)\\1', guideline: 'nope', message: 'x' }],
      },
    });
    ext = await launch({ userDataDir: profile });
    try {
      await expect
        .poll(async () => (await policyStatus(ext.worker!))?.refused.managed?.errors.length ?? 0, {
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
      const active = await activePolicy(ext.worker!);
      expect(active).toMatchObject({ source: 'managed', policy: { name: 'Acme Managed Policy' } });

      const options = await openExtensionPage(ext, 'options.html#policy');
      const refused = options.getByTestId('refused-managed');
      await expect(refused).toContainText('The policy from your organisation was refused');
      for (const path of ['customRules[0].id', 'customRules[0].pattern', 'customRules[0].guideline']) {
        await expect(refused.locator('code', { hasText: path })).toBeVisible();
      }
      await expect(options.getByTestId('policy-name')).toHaveText('Acme Managed Policy');

      const popup = await openExtensionPage(ext, 'popup.html');
      await expect(popup.getByTestId('policy-warning')).toContainText('A policy was refused');
      await expect(popup.getByTestId('policy-name')).toContainText('Acme Managed Policy');

      // The old policy still nudges in the compose box.
      const x = await openSite(ext.context, 'x');
      await expect(x.locator(X_EDITOR).first()).toBeVisible();
      await typeInX(x, 'bluebird again');
      await expectShown(x, x.locator(X_EDITOR).first(), 'custom.no-bluebird', 15_000);

      // A fixed policy, picked up while the browser runs (Chromium watches the policy directory).
      writeManagedPolicy({ policy: { ...MANAGED, name: 'Acme Fixed Policy' } });
      await expect(options.getByTestId('policy-name')).toHaveText('Acme Fixed Policy', { timeout: 45_000 });
      await expect(options.getByTestId('refused-managed')).toHaveCount(0);
    } finally {
      await ext.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
