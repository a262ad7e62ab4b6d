/** Snooze and the site switches silence nudges, never the hold of a post that breaks the policy. */
import { test, expect } from './fixtures';
import { openExtensionPage } from './harness';
import { SURFACES, expectShown, posted, shownRuleIds, typeAtEnd } from './guidance-helpers';

const HOME = SURFACES.find((s) => s.site === 'x' && s.name === 'inline composer on home')!;
const LEAK =
  'Heads up: our Q3 earnings will beat expectations before the official release. Loving the XPS 13.';

for (const how of ['snoozed', 'switched off'] as const) {
  test(`${how}, a block finding still holds the post and nothing else is shown`, async ({
    browserWithExtension: ext,
    open,
  }) => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await expect(popup.getByTestId('blocks-hold')).toBeVisible();
    if (how === 'snoozed') {
      await popup.getByRole('button', { name: '1 hour' }).click();
      await expect(popup.getByText('Snoozed', { exact: true })).toBeVisible();
    } else {
      await popup.getByRole('checkbox', { name: 'X' }).click();
      await expect(popup.getByRole('checkbox', { name: 'X' })).not.toBeChecked();
    }
    const page = await open('x');
    const editor = page.locator(HOME.editor);
    await typeAtEnd(page, editor, LEAK);
    const overlay = await expectShown(page, editor, 'confidential.earnings');
    // Only what holds the post: the disclosure and training nudges stay quiet.
    expect(await shownRuleIds(overlay)).toEqual(['confidential.earnings']);
    await page.locator(HOME.submit).click();
    await expect(
      page.locator('ambassador-overlay .panel[aria-label="Post held by Ambassador"]'),
    ).toBeVisible();
    expect(await posted(page)).toEqual([]);
  });
}
