import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/engine/index.ts';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy/index.ts';
import { errors, parsed } from './parse-helpers.ts';

type Doc = Record<string, unknown> & { disclosure: Record<string, unknown>; customRules: unknown[] };
const base = (): Doc => structuredClone(DEFAULT_POLICY_INPUT) as unknown as Doc;

describe('texts per language in the policy document', () => {
  it('folds an in-place map into translations and leaves the policy-language text in place', () => {
    const doc = base();
    doc.disclosure.insertText = { en: '#IWorkForDell', it: '#LavoroPerDell' };
    const p = parsed(doc);
    expect(p.disclosure.insertText).toBe('#IWorkForDell');
    expect(p.translations.it?.texts['disclosure.insertText']).toBe('#LavoroPerDell');
  });

  it('lets translations win over an in-place map for the same field', () => {
    const doc = base();
    doc.disclosure.insertText = { en: '#IWorkForDell', fr: '#Ancien' };
    expect(parsed(doc).translations.fr?.texts['disclosure.insertText']).toBe('#JeTravaillePourDell');
  });

  it('takes the map of a custom rule, by its index', () => {
    const doc = base();
    doc.customRules = [
      {
        id: 'no-guarantees',
        terms: ['guaranteed'],
        guideline: 'disclose',
        message: { en: 'No guarantees: "{match}".', de: 'Keine Garantien: „{match}“.' },
      },
    ];
    const p = parsed(doc);
    expect(p.customRules[0]!.message).toBe('No guarantees: "{match}".');
    const d = { text: 'Das ist guaranteed und nicht gut für uns', platform: 'x', surface: 'post' } as const;
    const found = evaluate({ ...d, training: { state: 'certified' } }, p).find(
      (f) => f.ruleId === 'custom.no-guarantees',
    );
    expect(found?.message).toBe('Keine Garantien: „guaranteed“.');
  });

  it("refuses a map without the policy's language, with the field's path", () => {
    const doc = base();
    doc.disclosure.insertText = { fr: '#JeTravaillePourDell' };
    expect(errors(doc)).toContainEqual({
      path: 'disclosure.insertText',
      message: 'needs a text in the policy\'s language ("en"), which other languages fall back to',
    });
    const french = { ...base(), language: 'fr' };
    french.disclosure.insertText = { en: '#IWorkForDell' };
    expect(errors(french).map((e) => e.path)).toContain('disclosure.insertText');
  });

  it('refuses translations of fields that do not exist or have the other kind', () => {
    const doc = base();
    doc.translations = {
      de: {
        texts: { 'disclosure.insertTxt': 'x', 'tone.insult.terms': 'x' },
        terms: { 'disclosure.insertText': ['x'] },
      },
    };
    const paths = errors(doc).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'translations.de.texts["disclosure.insertTxt"]',
        'translations.de.texts["tone.insult.terms"]',
        'translations.de.terms["disclosure.insertText"]',
      ]),
    );
    expect(errors({ ...base(), translations: { 'not a tag': { texts: {} } } })).toContainEqual({
      path: 'translations["not a tag"]',
      message: 'expected a language tag such as "fr" or "pt-BR"',
    });
  });

  it('refuses an empty text and an empty map', () => {
    const doc = base();
    doc.disclosure.insertText = {};
    expect(errors(doc).map((e) => e.path)).toContain('disclosure.insertText');
    doc.disclosure.insertText = { en: '  ' };
    expect(errors(doc).map((e) => e.path)).toContain('disclosure.insertText.en');
  });
});
