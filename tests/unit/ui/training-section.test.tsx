// @vitest-environment happy-dom
/** The course: the page's words from the catalogue in the UI's language, the lessons from the policy it is given. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrainingSection } from '../../../components/options/TrainingSection';
import { DEFAULT_POLICY, type Policy } from '../../../lib/policy';
import { useLocale } from '../i18n-setup';

let root: HTMLElement;
beforeEach(() => (root = document.createElement('div')));
afterEach(() => {
  render(null, root);
  useLocale('en');
});

const policy: Policy = DEFAULT_POLICY;
const first = policy.guidelines[0]!;

function course() {
  const noop = async () => {};
  // act: the lesson asked for opens in an effect.
  act(() =>
    render(
      <TrainingSection policy={policy} state="none" openLesson={first.id} onStart={noop} onPass={noop} />,
      root,
    ),
  );
  return (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent;
}

describe('the course', () => {
  it('is in English with the policy’s own texts by default', () => {
    const text = course();
    expect(text('training-state')).toBe('Not trained yet');
    expect(text('lesson-title')).toBe(first.title);
    expect(root.textContent).toContain(`Lesson 1 of ${policy.guidelines.length}`);
  });

  it('shows the lesson of the policy it is given, with German words in a German UI', () => {
    // The options page gives it the policy in the UI's language (options-page.test.tsx).
    useLocale('de');
    const text = course();
    expect(text('training-state')).toBe('Noch nicht geschult');
    expect(text('lesson-title')).toBe(first.title);
    expect(root.textContent).toContain(`Lektion 1 von ${policy.guidelines.length}`);
  });
});
