// @vitest-environment happy-dom
/** The course in the UI's language: the page's words from the catalogue, the lessons from the policy's translation. */
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

/**
 * A German guideline title and summary in the parsed policy's `translations`, set directly: the
 * schema does not yet accept translations of guidelines (lib/policy/core.ts takes plain strings
 * there), and this tests that the course reads them through the localize chain once it does.
 */
const policy: Policy = {
  ...DEFAULT_POLICY,
  translations: {
    ...DEFAULT_POLICY.translations,
    de: {
      texts: { 'guidelines[0].title': 'Offenlegen', 'guidelines[0].summary': 'Sagen Sie es.' },
      terms: {},
    },
  },
};
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

  it('shows the policy’s German lesson and German words in a German UI', () => {
    useLocale('de');
    const text = course();
    expect(text('training-state')).toBe('Noch nicht geschult');
    expect(text('lesson-title')).toBe('Offenlegen');
    expect(root.textContent).toContain('Sagen Sie es.');
    expect(root.textContent).toContain(`Lektion 1 von ${policy.guidelines.length}`);
  });
});
