// @vitest-environment happy-dom
/**
 * The options page in the UI's language, with the policy localized once for every section: the
 * course's lessons and questions, the guidelines, the optional kinds and the dashboard's rule names.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../../components/options/OptionsPage';
import { DEFAULT_POLICY } from '../../../lib/policy';
import type { MetricBucket } from '../../../lib/store/metrics-model';
import { useLocale } from '../i18n-setup';

// happy-dom has no 2D canvas: the weekly charts (uPlot) draw into a context, and paths, that draw nothing.
const nothing: object = new Proxy(function () {}, {
  get: () => nothing,
  apply: () => nothing,
  construct: () => nothing,
  set: () => true,
});
HTMLCanvasElement.prototype.getContext = (() => nothing) as unknown as HTMLCanvasElement['getContext'];
Object.assign(globalThis, { Path2D: nothing });

let root: HTMLElement;
beforeEach(() => (root = document.createElement('div')));
afterEach(() => {
  render(null, root);
  useLocale('en');
});

const shown = (ruleId: string, count: number): MetricBucket => ({
  key: `2026-01-05|finding-shown|x|pii|${ruleId}`,
  day: '2026-01-05',
  type: 'finding-shown',
  platform: 'x',
  category: 'pii',
  ruleId,
  count,
});

function page() {
  const noop = async () => {};
  const props: OptionsPageProps = {
    loaded: true,
    active: { policy: DEFAULT_POLICY, source: 'default', since: '2026-01-01T00:00:00Z' },
    managedPolicy: false,
    locked: false,
    hasImported: false,
    training: 'none',
    lesson: 'disclose',
    buckets: [shown('pii.phone', 3), shown('tone.shouting', 1)],
    bucketsLoaded: true,
    onStartCourse: noop,
    onPassCourse: noop,
    onImport: async () => ({ ok: true, name: '', version: '' }),
    onRemoveImport: noop,
    onClearData: noop,
    schemaJson: () => '{}',
    switchedOff: [],
    onSwitchKind: noop,
  };
  // act: the lesson asked for opens in an effect.
  act(() => render(<OptionsPage {...props} />, root));
  return {
    text: (selector: string) => root.querySelector(selector)?.textContent,
    all: (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent),
  };
}

describe('the options page', () => {
  it('shows the built-in policy in English in an English UI', () => {
    const { text, all } = page();
    expect(text('[data-testid="lesson-title"]')).toBe('Disclose');
    expect(all('#policy .guidelines strong')[0]).toBe('Disclose');
    expect(all('[data-testid="by-rule"] th[scope="row"]')).toEqual(['Personal data: phone', 'Shouting']);
  });

  it('shows the course, the guidelines, the optional kinds and the rule names in German in a German UI', () => {
    useLocale('de');
    const { text, all } = page();
    expect(text('[data-testid="lesson-title"]')).toBe('Offenlegen');
    expect(text('.lesson legend')).toBe('Wohin gehört der Hinweis in einem Beitrag über einen Dell-Laptop?');
    expect(all('.lesson .choice')).toContain('An den Anfang des Beitrags');
    expect(all('#policy .guidelines strong')).toEqual(
      expect.arrayContaining(['Offenlegen', 'Support an @DellCares übergeben']),
    );
    expect(all('[data-testid="nudge-kinds"] li')).toContain(
      'Freundlich sein, Spaß haben, Kontakte knüpfen · Großbuchstaben-Geschrei',
    );
    expect(all('[data-testid="by-rule"] th[scope="row"]')).toEqual([
      'Personenbezogene Daten: Telefonnummer',
      'Großbuchstaben-Geschrei',
    ]);
  });

  it('shows the course in French in a French UI', () => {
    useLocale('fr');
    const { text } = page();
    expect(text('[data-testid="lesson-title"]')).toBe('Dites que vous travaillez pour Dell');
  });
});
