/**
 * The UI's catalogues (locales/*.json): every language has every message of English, no other,
 * with the same placeholders, and the plural forms its grammar needs; plurals are picked by the
 * language's own rules.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { placeholderNames, toMessagesJson } from '../../../lib/i18n/catalogue';
import { plural, t } from '../../../lib/i18n/messages';
import { CATALOGUES, useLocale } from '../i18n-setup';

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;
const english = CATALOGUES.get('en')!;

/** Message names with plural forms folded: "popupHours_one", "popupHours_other" → "popupHours". */
function baseNames(catalogue: Record<string, string>): Set<string> {
  return new Set(Object.keys(catalogue).map((k) => k.replace(PLURAL_FORM, '')));
}

/** The plural forms a language needs for whole numbers (French "many" is for millions only). */
function neededForms(language: string): Set<string> {
  const rules = new Intl.PluralRules(language);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

describe('UI catalogues', () => {
  it('cover at least the six languages, each naming its own locale', () => {
    expect([...CATALOGUES.keys()]).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'ja', 'pt_BR']));
    for (const [locale, catalogue] of CATALOGUES) expect(catalogue.uiLocale).toBe(locale.replace('_', '-'));
  });

  for (const [locale, catalogue] of CATALOGUES) {
    describe(locale, () => {
      const language = catalogue.uiLocale!;
      it('has every message of English and no other', () => {
        const own = baseNames(catalogue);
        expect(
          [...baseNames(english)].filter((k) => !own.has(k)),
          'missing',
        ).toEqual([]);
        expect(
          [...own].filter((k) => !baseNames(english).has(k)),
          'not in English',
        ).toEqual([]);
      });

      it('gives each message the placeholders English gives it', () => {
        for (const [name, text] of Object.entries(catalogue)) {
          const base = name.replace(PLURAL_FORM, '');
          const reference = english[base] ?? english[`${base}_other`]!;
          expect(placeholderNames(text), `${locale} ${name}`).toEqual(placeholderNames(reference));
        }
      });

      it('gives each plural message the forms its grammar needs, and only forms it has', () => {
        const needed = neededForms(language);
        const known = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
        const plurals = new Set(
          Object.keys(english)
            .filter((k) => PLURAL_FORM.test(k))
            .map((k) => k.replace(PLURAL_FORM, '')),
        );
        for (const base of plurals) {
          const forms = Object.keys(catalogue)
            .filter((k) => k.replace(PLURAL_FORM, '') === base && PLURAL_FORM.test(k))
            .map((k) => PLURAL_FORM.exec(k)![1]!);
          for (const form of needed) expect(forms, `${locale} ${base}`).toContain(form);
          for (const form of forms) expect(known, `${locale} ${base}_${form}`).toContain(form);
        }
      });

      it('builds a messages.json the browsers accept', () => {
        for (const [name, message] of Object.entries(toMessagesJson(catalogue))) {
          expect(name).toMatch(/^[A-Za-z0-9_]+$/);
          expect(message.message.trim()).not.toBe('');
        }
      });
    });
  }
});

describe('plural', () => {
  afterEach(() => useLocale('en'));

  it('takes the singular for 1 only in English', () => {
    expect([0, 1, 2, 5].map((n) => plural('popupHours', n))).toEqual([
      '0 hours',
      '1 hour',
      '2 hours',
      '5 hours',
    ]);
  });

  it('takes the singular for 0 and 1 in French', () => {
    useLocale('fr');
    expect([0, 1, 2, 5].map((n) => plural('popupHours', n))).toEqual([
      '0 heure',
      '1 heure',
      '2 heures',
      '5 heures',
    ]);
    expect(plural('courseWrongAnswers', 0)).toBe('0 réponse n’est pas encore juste.');
  });

  it('has one form in Japanese', () => {
    useLocale('ja');
    expect([0, 1, 2, 5].map((n) => plural('popupHours', n))).toEqual([
      '0 時間',
      '1 時間',
      '2 時間',
      '5 時間',
    ]);
  });

  it('formats the count for the language', () => {
    useLocale('de');
    expect(plural('policyCountsKept', 1000)).toBe('Zähler werden 1.000 Tage aufbewahrt');
  });
});

describe('t', () => {
  afterEach(() => useLocale('en'));

  it('fills named placeholders whatever their order in the sentence', () => {
    expect(t('importOk', { name: 'P', version: '2', file: 'p.json' })).toBe(
      'Imported “P” version 2 from p.json.',
    );
    useLocale('ja');
    expect(t('importOk', { name: 'P', version: '2', file: 'p.json' })).toBe(
      'p.json から「P」バージョン 2 をインポートしました。',
    );
  });

  it('keeps a dollar sign in a value as it is', () => {
    expect(t('popupPublishFailedReason', { reason: 'Costs $5' })).toBe(
      'Costs $5. The policy below stays in force.',
    );
  });
});
