/**
 * The guidelines and the course per language: titles, summaries, lessons, questions and their
 * choices take a text per language (in place or in `translations`), validated as the rules'
 * messages are; a question's choices are translated whole, so `answer` names the same choice in
 * every language.
 */
import { describe, expect, it } from 'vitest';
import { localizePolicy } from '../../../lib/engine/localize.ts';
import { DEFAULT_POLICY, type Policy } from '../../../lib/policy/index.ts';
import { MINIMAL_POLICY } from '../minimal-policy.ts';
import { errors, parsed } from './parse-helpers.ts';

/** A one-guideline policy whose guideline is `guideline` (a question with three choices unless given). */
const withGuideline = (guideline: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  ...MINIMAL_POLICY,
  guidelines: [
    {
      id: 'disclose',
      title: 'Disclose',
      summary: 'Say that you work for Acme.',
      lesson: 'At the start of every post.',
      questions: [{ prompt: 'Where?', choices: ['At the start', 'In my bio', 'At the end'], answer: 0 }],
      ...guideline,
    },
  ],
  ...extra,
});

describe('guideline texts per language', () => {
  it('folds in-place maps of every course text, and the draft’s language picks them with fr-CA → fr → the policy’s', () => {
    const p = parsed(
      withGuideline({
        title: { en: 'Disclose', fr: 'Dites-le', 'fr-CA': 'Divulguez' },
        summary: { en: 'Say that you work for Acme.', fr: 'Dites que vous travaillez pour Acme.' },
        lesson: { en: 'At the start of every post.', fr: 'Au début de chaque publication.' },
        questions: [
          {
            prompt: { en: 'Where?', fr: 'Où ?' },
            choices: [
              { en: 'At the start', fr: 'Au début' },
              { en: 'In my bio', fr: 'Dans ma bio' },
            ],
            answer: 0,
          },
        ],
      }),
    );
    const own = p.guidelines[0]!;
    expect(own.title).toBe('Disclose');
    expect(own.questions[0]!.choices).toEqual(['At the start', 'In my bio']);
    expect(p.translations.fr?.texts['guidelines[0].questions[0].choices[1]']).toBe('Dans ma bio');

    const fr = localizePolicy(p, 'fr').guidelines[0]!;
    expect([fr.title, fr.summary, fr.lesson]).toEqual([
      'Dites-le',
      'Dites que vous travaillez pour Acme.',
      'Au début de chaque publication.',
    ]);
    expect(fr.questions[0]).toEqual({ prompt: 'Où ?', choices: ['Au début', 'Dans ma bio'], answer: 0 });

    // fr-CA: its own title, French for the rest; a language the policy lacks: the policy's own.
    const frCa = localizePolicy(p, 'fr-CA').guidelines[0]!;
    expect([frCa.title, frCa.summary, frCa.questions[0]!.prompt]).toEqual([
      'Divulguez',
      'Dites que vous travaillez pour Acme.',
      'Où ?',
    ]);
    expect(localizePolicy(p, 'it').guidelines[0]).toBe(own);
    // The parsed policy itself is left as it was.
    expect(p.guidelines[0]!.questions[0]!.prompt).toBe('Where?');
  });

  it('accepts translations by the guideline field’s path, the form managed storage takes', () => {
    const p = parsed(
      withGuideline(
        {},
        {
          translations: {
            de: {
              texts: {
                'guidelines[0].title': 'Offenlegen',
                'guidelines[0].lesson': 'Am Anfang jedes Beitrags.',
                'guidelines[0].questions[0].prompt': 'Wo?',
                'guidelines[0].questions[0].choices[0]': 'Am Anfang',
                'guidelines[0].questions[0].choices[1]': 'In meiner Bio',
                'guidelines[0].questions[0].choices[2]': 'Am Ende',
              },
            },
          },
        },
      ),
    );
    const de = localizePolicy(p, 'de-AT').guidelines[0]!;
    expect(de.title).toBe('Offenlegen');
    expect(de.summary).toBe('Say that you work for Acme.'); // not translated: the policy's own
    expect(de.questions[0]!.choices).toEqual(['Am Anfang', 'In meiner Bio', 'Am Ende']);
  });

  it("refuses a map without the policy's language, with the field's path", () => {
    expect(errors(withGuideline({ summary: { fr: 'Dites-le.' } }))).toContainEqual({
      path: 'guidelines[0].summary',
      message: 'needs a text in the policy\'s language ("en"), which other languages fall back to',
    });
    const choice = withGuideline({
      questions: [{ prompt: 'Where?', choices: ['At the start', { de: 'In meiner Bio' }], answer: 0 }],
    });
    expect(errors(choice).map((e) => e.path)).toContain('guidelines[0].questions[0].choices[1]');
  });

  it('refuses translations of guideline fields that do not exist or are not texts', () => {
    const doc = withGuideline(
      {},
      {
        translations: {
          fr: {
            texts: {
              'guidelines[1].title': 'Soyez aimable',
              'guidelines[0].id': 'dites-le',
              'guidelines[0].questions[0].choices[3]': 'Nulle part',
              'guidelines[0].questions[0].answer': '1',
            },
          },
        },
      },
    );
    expect(errors(doc).map((e) => e.path)).toEqual([
      'translations.fr.texts["guidelines[1].title"]',
      'translations.fr.texts["guidelines[0].id"]',
      'translations.fr.texts["guidelines[0].questions[0].choices[3]"]',
      'translations.fr.texts["guidelines[0].questions[0].answer"]',
    ]);
  });

  it('refuses choices given in a language for some of them only, in either form', () => {
    const message =
      'gives 1 of its 3 items in "fr": give every item in "fr" or none, so that each language lists the same choices in the same order';
    const inPlace = withGuideline({
      questions: [
        {
          prompt: 'Where?',
          choices: [{ en: 'At the start', fr: 'Au début' }, 'In my bio', 'At the end'],
          answer: 0,
        },
      ],
    });
    expect(errors(inPlace)).toEqual([{ path: 'guidelines[0].questions[0].choices', message }]);

    const byPath = withGuideline(
      {},
      { translations: { fr: { texts: { 'guidelines[0].questions[0].choices[2]': 'À la fin' } } } },
    );
    expect(errors(byPath)).toEqual([{ path: 'guidelines[0].questions[0].choices', message }]);
  });

  it('accepts a region that gives one choice over its language’s full list, and refuses one without it', () => {
    const french = {
      'guidelines[0].questions[0].choices[0]': 'Au début',
      'guidelines[0].questions[0].choices[1]': 'Dans ma bio',
      'guidelines[0].questions[0].choices[2]': 'À la fin',
    };
    const canadian = { 'guidelines[0].questions[0].choices[1]': 'Dans ma biographie' };
    const p = parsed(
      withGuideline({}, { translations: { fr: { texts: french }, 'fr-CA': { texts: canadian } } }),
    );
    expect(localizePolicy(p, 'fr-CA').guidelines[0]!.questions[0]!.choices).toEqual([
      'Au début',
      'Dans ma biographie',
      'À la fin',
    ]);
    expect(errors(withGuideline({}, { translations: { 'fr-CA': { texts: canadian } } }))).toEqual([
      {
        path: 'guidelines[0].questions[0].choices',
        message:
          'gives 1 of its 3 items in "fr-CA": give every item in "fr-CA" or none, so that each language lists the same choices in the same order',
      },
    ]);
  });
});

describe('the built-in policy’s course', () => {
  const textsOf = (p: Policy) =>
    p.guidelines.flatMap((g) => [g.title, g.summary, g.lesson, ...g.questions.map((q) => q.prompt)]);
  const english = textsOf(DEFAULT_POLICY);

  it.each(['fr', 'de', 'es', 'pt', 'ja'])('is in %s throughout, with the same answers', (language) => {
    const view = localizePolicy(DEFAULT_POLICY, language);
    const own = textsOf(view);
    // Every title, summary, lesson and question has its own text in the language.
    expect(own.filter((text, i) => text === english[i])).toEqual([]);
    view.guidelines.forEach((g, i) => {
      const base = DEFAULT_POLICY.guidelines[i]!;
      expect(g.id).toBe(base.id);
      g.questions.forEach((q, qi) => {
        expect(q.answer).toBe(base.questions[qi]!.answer);
        expect(q.choices).toHaveLength(base.questions[qi]!.choices.length);
      });
    });
  });

  it('reads pt-BR from the Portuguese texts', () => {
    expect(localizePolicy(DEFAULT_POLICY, 'pt-BR').guidelines[0]!.title).toBe(
      localizePolicy(DEFAULT_POLICY, 'pt').guidelines[0]!.title,
    );
  });
});
