/** Impact metrics: counted by real interactions, shown in the dashboard, exported, cleared. */
import { readFileSync } from 'node:fs';
import { expect, openExtensionPage, test, type ExtGlobal, typeInX, X_EDITOR } from './admin-helpers';
import { expectShown } from './guidance-helpers';
import { openSite } from './harness';

test('metrics counted by real interactions appear in the dashboard; CSV export downloads', async ({
  ext,
}) => {
  const x = await openSite(ext.context, 'x');
  await expect(x.locator(X_EDITOR).first()).toBeVisible();
  await typeInX(x, 'Call me at 512-555-0199 about the Dell XPS, you idiot');
  await expectShown(x, x.locator(X_EDITOR).first(), 'pii.phone', 15_000);

  const options = await openExtensionPage(ext, 'options.html#impact');
  const total = (type: string) => options.getByTestId('totals').locator(`[data-metric="${type}"]`);
  await expect
    .poll(async () => Number(await total('draft-checked').textContent()), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await expect.poll(async () => Number(await total('finding-shown').textContent())).toBeGreaterThan(0);
  // The chart is drawn by uPlot.
  await expect(options.getByTestId('chart-categories-plot').locator('canvas')).toBeVisible();
  await expect(options.getByTestId('by-category')).toBeVisible();
  // Rules are named by the rule registry, not by their ids.
  await expect(
    options.getByTestId('by-rule').getByRole('rowheader', { name: 'Personal data: phone' }),
  ).toBeVisible();

  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ambassador-metrics-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('day,week,event,platform,category,rule_id,count,about,subject,sentiment,flag');
  expect(lines.some((l) => l.includes(',draft-checked,x,'))).toBe(true);
  expect(lines.some((l) => l.includes(',finding-shown,x,'))).toBe(true);
  // Counts only: nothing the user typed.
  expect(csv).not.toMatch(/512|idiot|XPS/);
});

test('metric events go to IndexedDB, malformed ones are refused, and "clear my data" empties it', async ({
  ext,
}) => {
  const popup = await openExtensionPage(ext, 'popup.html');
  const send = (event: unknown) =>
    popup.evaluate(
      (e) =>
        (globalThis as unknown as ExtGlobal).chrome.runtime.sendMessage({
          kind: 'ambassador:metric',
          event: e,
        }),
      event,
    );
  expect(
    await send({ type: 'fix-applied', platform: 'linkedin', category: 'pii', ruleId: 'pii.phone' }),
  ).toEqual({ ok: true });
  expect(await send({ type: 'handoff', platform: 'facebook' })).toEqual({ ok: true });
  // Text or a handle never gets in.
  expect(await send({ type: 'handoff', platform: 'facebook', text: 'my post' })).toBeUndefined();
  await expect(popup.getByTestId('today').locator('[data-metric="fix-applied"]')).toHaveText('1');
  await expect(popup.getByTestId('today').locator('[data-metric="handoff"]')).toHaveText('1');

  const options = await openExtensionPage(ext, 'options.html#impact');
  const total = (type: string) => options.getByTestId('totals').locator(`[data-metric="${type}"]`);
  await expect(total('fix-applied')).toHaveText('1');
  await expect(options.getByTestId('chart-actions-plot').locator('canvas')).toBeVisible();

  await options.getByRole('button', { name: 'Clear my data…' }).click();
  await options.getByRole('button', { name: 'Cancel' }).click();
  await expect(total('fix-applied')).toHaveText('1');
  await options.getByRole('button', { name: 'Clear my data…' }).click();
  await options.getByRole('button', { name: 'Yes, delete the counts' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'deleted' })).toBeVisible();
  await expect(total('fix-applied')).toHaveText('0');
  await expect(total('handoff')).toHaveText('0');
});

test('counts survive the service worker being stopped; old days are pruned by the policy’s retention', async ({
  ext,
}) => {
  const options = await openExtensionPage(ext, 'options.html#impact');
  const send = (event: unknown) =>
    options.evaluate(
      (e) =>
        (globalThis as unknown as ExtGlobal).chrome.runtime.sendMessage({
          kind: 'ambassador:metric',
          event: e,
        }),
      event,
    );
  const total = (type: string) => options.getByTestId('totals').locator(`[data-metric="${type}"]`);
  expect(await send({ type: 'disclosure-added', platform: 'x' })).toEqual({ ok: true });

  // MV3 stops an idle worker; stop it now. The next message starts a new one.
  const cdp = await ext.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  expect(await send({ type: 'disclosure-added', platform: 'x' })).toEqual({ ok: true });
  await expect(total('disclosure-added')).toHaveText('2');

  // A bucket from a year ago, as if the extension had been counting all along.
  await options.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ambassador-metrics', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('buckets', 'readwrite');
          tx.objectStore('buckets').put({
            key: '2020-01-06|fix-applied|x|pii|pii.phone',
            day: '2020-01-06',
            type: 'fix-applied',
            platform: 'x',
            category: 'pii',
            ruleId: 'pii.phone',
            count: 5,
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  // Opening the dashboard applies the retention limit (180 days in the built-in policy).
  await options.reload();
  await expect(total('disclosure-added')).toHaveText('2');
  await expect(total('fix-applied')).toHaveText('0');
});
