/** The built-in course: in-training while under way, certified when passed, and the nudge goes away. */
import { DEFAULT_POLICY } from '../../lib/policy';
import { expect, openExtensionPage, test, type ExtGlobal, typeInX, X_EDITOR } from './admin-helpers';
import { expectShown, shownRuleIds } from './guidance-helpers';
import { openSite } from './harness';

test('completing the course flips the training state and the training nudge stops', async ({ ext }) => {
  const x = await openSite(ext.context, 'x');
  await expect(x.locator(X_EDITOR).first()).toBeVisible();
  await typeInX(x, 'Loving my new Dell XPS 13 for travel.');
  const overlay = await expectShown(x, x.locator(X_EDITOR).first(), 'training.required', 15_000);

  const options = await openExtensionPage(ext, 'options.html#training');
  const state = options.getByTestId('training-state');
  await expect(state).toHaveAttribute('data-state', 'none');
  await options.getByTestId('start-course').click();
  await expect(state).toHaveAttribute('data-state', 'in-training');
  const synced = () =>
    options.evaluate(() =>
      (globalThis as unknown as ExtGlobal).chrome.storage.sync
        .get('training')
        .then((r: Record<string, unknown>) => r.training),
    );
  await expect.poll(synced).toMatchObject({ state: 'in-training' });

  const lessons = DEFAULT_POLICY.guidelines;
  for (const [i, lesson] of lessons.entries()) {
    await expect(options.getByTestId('lesson-title')).toHaveText(lesson.title);
    // A wrong answer first: the lesson is not passed.
    if (i === 0) {
      const q = lesson.questions[0]!;
      await options
        .getByRole('group', { name: q.prompt })
        .getByRole('radio', { name: q.choices[(q.answer + 1) % q.choices.length]!, exact: true })
        .check();
      await options.getByTestId('check-answers').click();
      await expect(options.getByText('not right yet')).toBeVisible();
    }
    for (const q of lesson.questions) {
      await options
        .getByRole('group', { name: q.prompt })
        .getByRole('radio', { name: q.choices[q.answer]!, exact: true })
        .check();
    }
    await options.getByTestId('check-answers').click();
    if (i < lessons.length - 1) await options.getByTestId('next-lesson').click();
  }
  await expect(options.getByTestId('course-passed')).toBeVisible();
  await expect(state).toHaveAttribute('data-state', 'certified');
  await expect.poll(synced).toMatchObject({
    state: 'certified',
    courseVersion: DEFAULT_POLICY.training.courseVersion,
    source: 'course',
  });

  const popup = await openExtensionPage(ext, 'popup.html');
  await expect(popup.getByTestId('training-state')).toHaveAttribute('data-state', 'certified');

  // The open compose box re-checks: a draft about the brand no longer asks for training.
  // Back to the compose box's tab: headless Chromium draws (requestAnimationFrame) only in front.
  await x.bringToFront();
  await expect.poll(() => shownRuleIds(overlay), { timeout: 15_000 }).not.toContain('training.required');
});
