/**
 * Surviving the next redesign: a compose box no selector matches (the x.com fixture's `?renamed=1`)
 * is still checked as a generic box; an admin's selector override, imported as a policy, makes it a
 * full compose box again without a rebuild; the popup says what the tab's content script watches.
 */
import { activePolicy, expect, openExtensionPage, test } from './admin-helpers';
import { expectShown, posted, typeAtEnd } from './guidance-helpers';
import { openSite } from './harness';
import { DEFAULT_POLICY_INPUT } from '../../lib/policy';

const RENAMED = '[data-testid="postComposer"]';
const CONFIDENTIAL_PHONE_POST =
  'Heads up: our Q3 earnings will beat expectations. Call me at (512) 555-0143.';

test('a renamed compose box gets nudges as a generic box, and a full one after a selector override', async ({
  ext,
}) => {
  const x = await openSite(ext.context, 'x', '?renamed=1');
  const editor = x.locator(RENAMED);
  await typeAtEnd(x, editor, CONFIDENTIAL_PHONE_POST);
  await expectShown(x, editor, 'pii.phone', 15_000);
  await expect(x.locator('ambassador-overlay')).toHaveCount(1);

  // Generic: no submit guard, the post goes through even with a block finding standing.
  await x.locator('[data-testid="postButton"]').click();
  await expect.poll(() => posted(x)).toEqual([{ editor: 'renamed', text: CONFIDENTIAL_PHONE_POST }]);

  const popup = await openExtensionPage(ext, 'popup.html');
  await expect(popup.getByTestId('watched-boxes')).toHaveAttribute('data-count', '1');
  await expect(popup.getByTestId('watched-boxes')).toContainText('1 unrecognised box');
  await popup.close();

  const options = await openExtensionPage(ext, 'options.html#policy');
  const policy = {
    ...DEFAULT_POLICY_INPUT,
    name: 'Acme Renamed Composer',
    sites: { x: { selectors: { editor: RENAMED, submit: '[data-testid="postButton"]' } } },
  };
  await options.getByTestId('policy-file').setInputFiles({
    name: 'acme-policy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(policy)),
  });
  await expect(options.getByTestId('import-ok')).toContainText('Acme Renamed Composer');
  await expect.poll(async () => (await activePolicy(ext.worker!))?.policy.name).toBe('Acme Renamed Composer');

  // The open tab takes the override live: the same box, now guarded. Back to its tab first:
  // headless Chromium runs requestAnimationFrame (scans and nudges) only in the tab in front.
  await x.bringToFront();
  await typeAtEnd(x, editor, CONFIDENTIAL_PHONE_POST);
  await expectShown(x, editor, 'pii.phone', 15_000);
  await x.locator('[data-testid="postButton"]').click();
  const held = x.locator('ambassador-overlay .panel[aria-label="Post held by Ambassador"]');
  await expect(held).toBeVisible();
  expect(await posted(x)).toHaveLength(1);
  await expect(editor).toHaveText(CONFIDENTIAL_PHONE_POST);
  await expect(x.locator('ambassador-overlay')).toHaveCount(1);

  const again = await openExtensionPage(ext, 'popup.html');
  await expect(again.getByTestId('watched-boxes')).toHaveAttribute('data-count', '1');
  await expect(again.getByTestId('watched-boxes')).toContainText('1 post box');
});

test('the popup counts the boxes of the current tab and, seeing none, copies a report without text', async ({
  ext,
}) => {
  const x = await openSite(ext.context, 'x', '?mobile=1');
  await expect(x.locator('ambassador-overlay')).toHaveCount(1);
  const popup = await openExtensionPage(ext, 'popup.html');
  await expect(popup.getByTestId('watched-boxes')).toContainText('Watching 1 post box.');
  await popup.close();

  // A page with no editable box at all: the report of what there is (nothing) is offered.
  await x.bringToFront();
  await x.evaluate(() => document.querySelector('main')!.replaceChildren());
  await expect(x.locator('ambassador-overlay')).toHaveCount(0);
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const empty = await openExtensionPage(ext, 'popup.html');
  await expect(empty.getByTestId('watched-boxes')).toHaveAttribute('data-count', '0');
  await empty.getByRole('button', { name: 'Not seeing your compose box?' }).click();
  await expect(empty.getByRole('status')).toContainText('Copied');
  const report = JSON.parse(await empty.evaluate(() => navigator.clipboard.readText())) as {
    host: string;
    editables: unknown[];
  };
  expect(report).toEqual({ host: 'x.com', editables: [] });
});
