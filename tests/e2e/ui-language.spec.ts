/**
 * The extension's own UI follows the browser's language: here Chromium in German (the popup, the
 * options page and the built-in policy's course, the manifest, the overlay's held-post panel on X
 * and the dashboard's rule names).
 */
import { test as base, expect } from '@playwright/test';
import { SURFACES, expectShown, posted, typeAtEnd } from './guidance-helpers';
import { launch, openExtensionPage, openSite, type Launched } from './harness';
import { reportFailure } from './fixtures';

const test = base.extend<{ german: Launched }>({
  // eslint-disable-next-line no-empty-pattern
  german: async ({}, use, testInfo) => {
    const launched = await launch({ language: 'de' });
    await use(launched);
    await reportFailure(launched, testInfo);
    await launched.close();
  },
});

test('the popup speaks German in a German browser', async ({ german }) => {
  const popup = await openExtensionPage(german, 'popup.html');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'de');
  await expect(popup.getByRole('heading', { name: 'Schulung' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Heute' })).toBeVisible();
  await expect(popup.getByTestId('training-state')).toHaveText('Noch nicht geschult');
  await expect(popup.getByRole('button', { name: 'Kurs starten' })).toBeVisible();
  // Plurals by German grammar, through the catalogue.
  await expect(popup.getByRole('button', { name: '1 Stunde', exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: '4 Stunden', exact: true })).toBeVisible();
  await expect(popup.getByTestId('today').getByText('Geprüfte Entwürfe')).toBeVisible();
  await expect(popup.getByText('Today')).toHaveCount(0);
});

test('the manifest’s name and description resolve in German', async ({ german }) => {
  type WithManifest = { chrome: { runtime: { getManifest(): { name: string; description: string } } } };
  const manifest = await german.worker!.evaluate(() =>
    (globalThis as unknown as WithManifest).chrome.runtime.getManifest(),
  );
  expect(manifest.name).toBe('Ambassador');
  expect(manifest.description).toBe(
    'Unterstützt Sie direkt auf Ihrem Gerät dabei, auf X, Facebook und LinkedIn im Einklang mit der Social-Media-Richtlinie Ihres Unternehmens zu posten.',
  );
});

test('the options page and its course speak German, with German plurals', async ({ german }) => {
  const options = await openExtensionPage(german, 'options.html');
  await expect(options).toHaveTitle('Ambassador-Einstellungen');
  await expect(options.getByRole('heading', { name: 'Wirkung', exact: true })).toBeVisible();
  await expect(options.getByText('werden nach 180 Tagen gelöscht')).toBeVisible();
  await options.getByTestId('start-course').click();
  await expect(options.getByText(/^Lektion 1 von \d+$/)).toBeVisible();
  // The built-in policy's lessons and questions in German (lib/engine/languages/de/policy.ts).
  await expect(options.getByTestId('lesson-title')).toHaveText('Offenlegen');
  const question = options.getByRole('group', {
    name: 'Wohin gehört der Hinweis in einem Beitrag über einen Dell-Laptop?',
  });
  await expect(question.getByRole('radio', { name: 'An den Anfang des Beitrags' })).toBeVisible();
});

test('the overlay holds a post in German', async ({ german }) => {
  const home = SURFACES.find((s) => s.site === 'x' && s.name === 'inline composer on home')!;
  const page = await openSite(german.context, 'x');
  const editor = page.locator(home.editor);
  await typeAtEnd(
    page,
    editor,
    'Heads up: our Q3 earnings will beat expectations before the official release.',
  );
  await expectShown(page, editor, 'confidential.earnings');
  await page.locator(home.submit).click();
  const held = page.locator('ambassador-overlay .panel[aria-label="Beitrag von Ambassador zurückgehalten"]');
  await expect(held.getByRole('heading', { name: 'Beitrag zurückgehalten' })).toBeVisible();
  await expect(held.getByRole('button', { name: 'Weiter bearbeiten' })).toBeVisible();
  await expect(held.locator('.severity').first()).toHaveText('Korrektur nötig');
  expect(await posted(page)).toEqual([]);

  // The dashboard names the rule that held it in German (the command keeps English names).
  const options = await openExtensionPage(german, 'options.html#impact');
  await expect(
    options.getByTestId('by-rule').getByRole('rowheader', { name: 'Vertrauliche Themen: Geschäftszahlen' }),
  ).toBeVisible({ timeout: 15_000 });
});
