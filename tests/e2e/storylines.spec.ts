/**
 * Knowing who you are talking to and approved storylines, on the X fixture with the built
 * extension: a reply to a listed journalist brings the guidance, a confidential draft is offered the
 * approved storyline (one click puts it in Draft.js's model), the options page marks an expired
 * storyline as expired.
 */
import { DEFAULT_POLICY } from '../../lib/policy';
import { expect, openExtensionPage, test as adminTest } from './admin-helpers';
import { test } from './fixtures';
import {
  SURFACES,
  checksDrawn,
  clickFix,
  expectShown,
  modelText,
  promisedText,
  shownRuleIds,
  typeAtEnd,
  waitForCheck,
} from './guidance-helpers';
import { openSite } from './harness';
import { policyWithJournalist } from './surfaces';

const HOME = SURFACES.find((s) => s.site === 'x' && s.id === 'home')!;
const REPLY = SURFACES.find((s) => s.site === 'x' && s.name === 'reply modal')!;
const LEAK = 'Heads up: our Q3 earnings will beat expectations before the official release.';

test('a confidential draft offers the approved storyline; one click puts it in the editor model', async ({
  open,
}) => {
  const page = await open('x');
  const editor = page.locator(HOME.editor);
  await expect(editor).toBeVisible();
  await typeAtEnd(page, editor, LEAK);
  const overlay = await expectShown(page, editor, 'confidential.earnings');
  const card = overlay.locator('.card[data-rule-id="confidential.earnings"]').first();
  if (!(await card.isVisible())) await overlay.locator('.badge').click();
  await expect(card.locator('.actions button').first()).toHaveText(
    'Use the approved storyline for Earnings and financial results',
  );

  const promised = promisedText(HOME, LEAK, 'confidential.earnings');
  const storyline = DEFAULT_POLICY.storylines.items.find((s) => s.id === 'example-earnings')!;
  expect(promised).toBe(`#IWorkForDell ${storyline.text.x}`);
  const checks = await checksDrawn(overlay);
  await clickFix(page, editor, 'confidential.earnings');
  await expect.poll(() => modelText(page, HOME.id)).toBe(promised);
  // The storyline as inserted is approved text: checked again, no confidential finding on it.
  await waitForCheck(overlay, promised.length, checks);
  expect(await shownRuleIds(overlay)).not.toContain('confidential.earnings');
});

test('the options page lists the storylines, an expired one marked expired', async ({
  browserWithExtension,
}) => {
  const options = await openExtensionPage(browserWithExtension, 'options.html');
  const table = options.getByTestId('storylines');
  await expect(table).toBeVisible();
  const expired = table.locator('tr[data-storyline="example-layoffs-2024"]');
  await expect(expired).toHaveAttribute('data-status', 'expired');
  await expect(expired.locator('.badge').last()).toHaveText('Expired');
  await expect(table.locator('tr[data-storyline="example-earnings"]')).toHaveAttribute(
    'data-status',
    'valid',
  );
});

adminTest('replying to a listed journalist shows the guidance (held for a trainee)', async ({ ext }) => {
  const policy = policyWithJournalist();
  const options = await openExtensionPage(ext, 'options.html#policy');
  await options.getByTestId('policy-file').setInputFiles({
    name: 'journalist.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(policy)),
  });
  await expect(options.getByTestId('policy-name')).toHaveText(policy.name);

  const page = await openSite(ext.context, 'x');
  await REPLY.open!(page);
  const editor = page.locator(REPLY.editor);
  await expect(editor).toBeVisible();
  await typeAtEnd(page, editor, 'Thanks for the feedback');
  const overlay = await expectShown(page, editor, 'handoff.audience.journalist');
  const card = overlay.locator('.card[data-rule-id="handoff.audience.journalist"]');
  if (!(await card.isVisible())) await overlay.locator('.badge').click();
  // The fixture's user has not taken the training: a trainee replying to a journalist is held.
  await expect(card).toContainText('@frustrated_fran is a journalist');
  await expect(card).toContainText('leave press questions to Dell Media Relations');
  await expect(card).toContainText('media.relations@dell.com');
});
