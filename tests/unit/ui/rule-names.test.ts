/**
 * The options page's rule names in the UI language: every rule's title and every variant the rules
 * and the built-in policy report has a message (English is the source and names the rules as the
 * command does); a variant only an admin's policy names falls back to the rule's title and its id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ruleMessageKey, ruleName, ruleTitle } from '../../../lib/i18n/rule-names';
import { RULES } from '../../../lib/engine/index.ts';
import { findingName, ruleLabel } from '../../../lib/engine/rule-labels.ts';
import { DEFAULT_POLICY } from '../../../lib/policy/index.ts';
import { CATALOGUES, useLocale } from '../i18n-setup';

afterEach(() => useLocale('en'));

const english = CATALOGUES.get('en')!;

/** Every finding id with a name of its own: the rules' fixed variants and the built-in policy's. */
const VARIANTS = [
  ...RULES.flatMap((rule) =>
    Object.keys(rule.reports ?? {}).filter((id) => id !== rule.id && !id.includes('<')),
  ),
  ...Object.entries(DEFAULT_POLICY.pii)
    .filter(([, value]) => value && typeof value === 'object' && 'placeholder' in value)
    .map(([kind]) => `pii.${kind}`),
  ...DEFAULT_POLICY.pii.identifiers.map((i) => `pii.${i.id}`),
  ...DEFAULT_POLICY.confidential.topics.map((t) => `confidential.${t.id}`),
  ...DEFAULT_POLICY.audience.roles.map((r) => `handoff.audience.${r.id}`),
];

describe('the catalogue’s rule names', () => {
  it('name every rule as the command does, in English', () => {
    for (const rule of RULES) expect(english[ruleMessageKey(rule.id)], rule.id).toBe(rule.title);
  });

  it('name every variant of the rules and of the built-in policy, after its rule’s title', () => {
    expect(VARIANTS).toEqual(expect.arrayContaining(['pii.phone', 'pii.address', 'confidential.earnings']));
    for (const id of new Set(VARIANTS)) {
      const { rule } = findingName(id)!;
      expect(english[ruleMessageKey(id)], id).toMatch(new RegExp(`^${rule.title}: \\S`));
    }
  });

  it('have no message for a finding id no rule reports', () => {
    const named = new Set([...RULES.map((r) => r.id), ...VARIANTS].map(ruleMessageKey));
    const stray = Object.keys(english).filter(
      (k) => /^rule[A-Z]/.test(k) && !named.has(k) && k !== 'ruleWithVariant' && k !== 'ruleFailed',
    );
    expect(stray).toEqual([]);
  });
});

describe('ruleName', () => {
  it('reads as the command’s label in English, with the variants’ words made whole', () => {
    expect(ruleName('tone.profanity')).toBe(ruleLabel('tone.profanity'));
    expect(ruleName('pii.phone')).toBe('Personal data: phone');
    expect(ruleName('pii.ssn')).toBe('Personal data: SSN');
    expect(ruleName('handoff.asks-for-details')).toBe('Asking for details');
  });

  it('names rules and variants in German in a German UI', () => {
    useLocale('de');
    expect(ruleName('tone.insult')).toBe('Beleidigungen');
    expect(ruleName('pii.phone')).toBe('Personenbezogene Daten: Telefonnummer');
    expect(ruleName('confidential.earnings')).toBe('Vertrauliche Themen: Geschäftszahlen');
    expect(ruleName('handoff.complaint')).toBe('Übergabe an den Support: Beschwerde');
  });

  it('gives a variant only a policy names its rule’s title in the language and the id’s words', () => {
    useLocale('fr');
    expect(ruleName('custom.no-guarantees')).toBe('Règles personnalisées : no guarantees');
    expect(ruleName('confidential.project-x')).toBe('Sujets confidentiels : project x');
    expect(ruleName('tone.insult.failed')).toBe('Insultes : vérification impossible');
    expect(ruleName('retired.rule')).toBe('retired.rule');
  });

  it('gives a rule id its title and any other id none (the optional kinds’ names)', () => {
    useLocale('ja');
    expect(ruleTitle('tone.shouting')).toBe('大文字での叫び');
    expect(ruleTitle('custom.hype')).toBeUndefined();
    expect(ruleTitle('retired.rule')).toBeUndefined();
  });
});
