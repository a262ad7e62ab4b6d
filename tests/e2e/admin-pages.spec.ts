/** The popup and the options page: status at a glance, site switches, snooze, accessibility. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_POLICY } from '../../lib/policy';
import { expect, openExtensionPage, test, type ExtGlobal, typeInX, X_EDITOR } from './admin-helpers';
import { expectShown } from './guidance-helpers';
import { openSite } from './harness';

async function seriousIssues(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the popup shows the policy in force, the training state and today’s counts', async ({ ext }) => {
  const popup = await openExtensionPage(ext, 'popup.html');
  await expect(popup.getByTestId('policy-name')).toContainText(DEFAULT_POLICY.name);
  await expect(popup.getByTestId('policy-source')).toHaveAttribute('data-source', 'default');
  await expect(popup.getByTestId('training-state')).toHaveAttribute('data-state', 'none');
  await expect(popup.getByRole('button', { name: 'Start the course' })).toBeVisible();
  await expect(popup.getByTestId('today').locator('[data-metric="draft-checked"]')).toHaveText('0');
});

test('the popup turns a site off and snoozes every nudge', async ({ ext }) => {
  const popup = await openExtensionPage(ext, 'popup.html');
  const settings = () =>
    popup.evaluate(() =>
      (globalThis as unknown as ExtGlobal).chrome.storage.local
        .get('settings')
        .then((r: Record<string, unknown>) => r.settings),
    );

  const linkedin = popup.getByRole('checkbox', { name: 'LinkedIn' });
  await expect(linkedin).toBeChecked();
  await linkedin.press('Space'); // keyboard works as well as the mouse
  await expect(linkedin).not.toBeChecked();
  await expect.poll(settings).toMatchObject({ enabled: { x: true, facebook: true, linkedin: false } });

  await popup.getByRole('button', { name: '1 hour' }).click();
  await expect(popup.getByText('Snoozed', { exact: true })).toBeVisible();
  const snoozed = (await settings()) as { snoozedUntil: number };
  expect(snoozed.snoozedUntil - Date.now()).toBeGreaterThan(55 * 60_000);
  await popup.getByRole('button', { name: 'Resume now' }).click();
  await expect.poll(settings).not.toHaveProperty('snoozedUntil');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical issue in the popup and options page (${scheme})`, async ({
    ext,
  }) => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByTestId('policy-name')).toBeVisible();
    expect(await seriousIssues(popup)).toEqual([]);

    const options = await openExtensionPage(ext, 'options.html');
    await options.emulateMedia({ colorScheme: scheme });
    await expect(options.getByTestId('policy-name')).toBeVisible();
    expect(await seriousIssues(options)).toEqual([]);
    // The course, mid-lesson, with a wrong answer shown.
    await options.getByTestId('start-course').click();
    await options.getByTestId('check-answers').click();
    await expect(options.getByRole('alert').filter({ hasText: 'not right yet' })).toBeVisible();
    expect(await seriousIssues(options)).toEqual([]);
    // The "clear my data" confirmation.
    await options.getByRole('button', { name: 'Clear my data…' }).click();
    await expect(options.getByRole('alertdialog')).toBeVisible();
    expect(await seriousIssues(options)).toEqual([]);
  });
}

test('axe finds no serious or critical issue in the nudge cards', async ({ ext }) => {
  const page = await openSite(ext.context, 'x');
  await expect(page.locator(X_EDITOR).first()).toBeVisible();
  await typeInX(page, 'Call me at 512-555-0199, you idiot. bluebird. WE ARE SO VERY EXCITED ABOUT THIS');
  const overlay = await expectShown(page, page.locator(X_EDITOR).first(), 'pii.phone', 15_000);
  await overlay.locator('.badge').click(); // open the cards, so axe checks them too
  // The shouting card (an optional rule) with its "Don't show this kind again" among them.
  await expect(overlay.getByRole('button', { name: "Don't show this kind again" })).toBeVisible();
  expect(await seriousIssues(page, 'ambassador-overlay')).toEqual([]);
});
