/** The extension reloaded or updated with a compose page open: the page keeps working, untouched. */
import { test, expect } from './fixtures';
import { SURFACES, expectShown, modelText, posted, typeAtEnd } from './guidance-helpers';

const HOME = SURFACES.find((s) => s.site === 'x' && s.name === 'inline composer on home')!;

test('reloading the extension throws nothing into an open page and leaves its editor working', async ({
  browserWithExtension: ext,
  open,
}) => {
  const page = await open('x');
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  const editor = page.locator(HOME.editor);
  await typeAtEnd(page, editor, 'Loving the XPS 13, call me at (512) 555-0143.');
  await expectShown(page, editor, 'pii.phone');

  // What an update does to a running extension: its contexts go away, this page's content script too.
  await ext.worker!.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
  );
  // The old content script's overlay goes with it.
  await expect(page.locator('ambassador-overlay')).toHaveCount(0, { timeout: 15_000 });

  // The editor still takes typing, and the site's own post button posts: nothing holds it any more.
  await typeAtEnd(page, editor, ' Still typing.');
  const text = 'Loving the XPS 13, call me at (512) 555-0143. Still typing.';
  await expect.poll(() => modelText(page, HOME.id)).toBe(text);
  await page.locator(HOME.submit).click();
  await expect.poll(() => posted(page)).toEqual([{ editor: HOME.id, text }]);
  expect(problems).toEqual([]);
});
