import { describe, expect, it } from 'vitest';
import { detectLanguage, draftLanguage } from '../../../lib/engine/language.ts';
import { localizePolicy, parseFieldPath } from '../../../lib/engine/localize.ts';
import { DEFAULT_POLICY } from '../../../lib/policy/index.ts';
import { check, draft } from './helpers.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Loving the new laptop, it is the best one I have had in years'],
    ['fr', "J'adore le nouveau portable, c'est le meilleur que j'ai eu depuis des années"],
    ['de', 'Ich liebe den neuen Laptop, er ist der beste, den ich seit Jahren hatte'],
    ['es', 'Me encanta el nuevo portátil, es el mejor que he tenido en años'],
    ['pt', 'Adoro o novo notebook, é o melhor que já tive em anos'],
    ['ja', '新しいノートパソコンが大好きです。ここ数年で最高です'],
  ])('tells %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('is unsure (null) on too few words, on Chinese without kana, and on links and tags alone', () => {
    expect(detectLanguage('XPS 13!')).toBeNull();
    expect(detectLanguage('我喜欢新的笔记本电脑')).toBeNull();
    expect(detectLanguage('#le #la #les https://example.com/de/la/el @la')).toBeNull();
  });
});

describe('draftLanguage', () => {
  it('takes the declared language first, then the text, then the reply, then the locale, then the policy', () => {
    const fr = "C'est le meilleur portable que j'ai eu";
    expect(draftLanguage(draft(fr, { language: 'de' }), 'en')).toBe('de');
    expect(draftLanguage(draft(fr), 'en')).toBe('fr');
    expect(draftLanguage(draft(fr, { locale: 'fr-CA' }), 'en')).toBe('fr-CA');
    expect(draftLanguage(draft(fr, { locale: 'de-DE' }), 'en')).toBe('fr');
    expect(
      draftLanguage(
        draft('XPS!', { replyTo: { text: 'Mein Laptop ist kaputt und das ist nicht gut' } }),
        'en',
      ),
    ).toBe('de');
    expect(draftLanguage(draft('XPS!', { locale: 'pt-BR' }), 'en')).toBe('pt-BR');
    expect(draftLanguage(draft('XPS!'), 'fr')).toBe('fr');
  });
});

describe('localizePolicy', () => {
  it('reads field paths as the policy errors write them', () => {
    expect(parseFieldPath('handoff.handles.x')).toEqual(['handoff', 'handles', 'x']);
    expect(parseFieldPath('customRules[2].message')).toEqual(['customRules', 2, 'message']);
    expect(parseFieldPath('confidential.specialists["results-ahead"]')).toEqual([
      'confidential',
      'specialists',
      'results-ahead',
    ]);
  });

  it('replaces texts and adds terms, falls back from a region to its language, and keeps the policy as it was', () => {
    const fr = localizePolicy(DEFAULT_POLICY, 'fr-CA');
    expect(fr.disclosure.insertText).toBe('#JeTravaillePourDell');
    expect(fr.tone.insult.terms).toEqual(expect.arrayContaining(['idiot*', 'abruti*']));
    expect(localizePolicy(DEFAULT_POLICY, 'fr')).toBe(fr); // one view per language, so preparations stay cached
    expect(DEFAULT_POLICY.disclosure.insertText).toBe('#IWorkForDell');
    expect(DEFAULT_POLICY.tone.insult.terms).not.toContain('abruti*');
    expect(localizePolicy(DEFAULT_POLICY, 'it')).toBe(DEFAULT_POLICY);
  });
});

/** Per language: the disclosure, an insult, profanity and a complaint to hand off; and what stays quiet. */
const CASES = {
  fr: {
    brand: "J'adore le nouveau Dell XPS 13, c'est le meilleur portable que j'ai eu",
    insert: '#JeTravaillePourDell',
    insult: 'Tu es vraiment un abruti, je ne te crois pas',
    profanity: "C'est de la merde, ce truc",
    complaint: 'Mon ordinateur Dell ne démarre pas depuis hier et le service client ne répond pas',
    handoff: 'Bonjour, je suis vraiment désolé pour ce problème. @DellCares, pouvez-vous vous en occuper ?',
  },
  de: {
    brand: 'Ich liebe den neuen Dell XPS 13, er ist der beste Laptop, den ich hatte',
    insert: '#IchArbeiteFürDell',
    insult: 'Du bist ein Idiot und das weißt du auch',
    profanity: 'Das ist echt Scheiße, was ihr da macht',
    complaint: 'Mein Dell Laptop startet nicht und der Kundenservice hilft mir nicht',
    handoff:
      'Hallo, es tut mir wirklich leid, dass Sie das erleben. @DellCares, könnt ihr euch darum kümmern?',
  },
  es: {
    brand: 'Me encanta el nuevo Dell XPS 13, es el mejor portátil que he tenido',
    insert: '#TrabajoEnDell',
    insult: 'Eres un idiota y no tienes razón',
    profanity: 'Esto es una mierda, no lo compres',
    complaint: 'Mi portátil Dell no enciende y el servicio al cliente no me contesta',
    handoff: 'Hola, siento mucho que estés pasando por esto. @DellCares, ¿podéis ayudar con esto?',
  },
  pt: {
    brand: 'Adoro o novo Dell XPS 13, é o melhor notebook que já tive',
    insert: '#TrabalhoNaDell',
    insult: 'Você é um idiota e não sabe do que está falando',
    profanity: 'Isso é uma merda, não comprem',
    complaint: 'Meu notebook Dell não liga e o atendimento ao cliente não responde',
    handoff: 'Olá, sinto muito que você esteja passando por isso. @DellCares, vocês podem ajudar?',
  },
  ja: {
    brand: '新しいDell XPS 13が大好きです。最高のノートパソコンです',
    insert: '#Dell社員',
    insult: 'お前は本当にバカだな',
    profanity: 'この対応はクソだと思う',
    complaint: 'Dellのパソコンが起動しないし、サポートも返事がない',
    handoff: 'ご不便をおかけして申し訳ありません。@DellCares、対応をお願いできますか？',
  },
} as const;

describe.each(Object.entries(CASES))('the built-in policy in %s', (language, c) => {
  it('asks for the disclosure in the language, and its fix is then accepted', () => {
    const [finding] = check(c.brand).filter((f) => f.ruleId === 'disclosure.missing');
    expect(finding?.message).toContain(c.insert);
    const edit = finding!.fixes[0]!.edits[0]!;
    expect(edit.text).toBe(`${c.insert} `);
    expect(check(edit.text + c.brand).map((f) => f.ruleId)).not.toContain('disclosure.missing');
  });

  it('flags an insult and profanity with messages in the language', () => {
    const insult = check(c.insult).find((f) => f.ruleId === 'tone.insult');
    expect(insult?.message).not.toMatch(/personal attack/);
    expect(check(c.profanity).map((f) => f.ruleId)).toContain('tone.profanity');
  });

  it('hands a complaint off with the reply in the language', () => {
    const handoff = check('', { surface: 'reply', replyTo: { text: c.complaint } }).find(
      (f) => f.ruleId === 'handoff.complaint',
    );
    expect(handoff?.fixes[0]?.edits[0]?.text).toBe(c.handoff);
  });

  it("leaves the language's words alone in a draft in another language", () => {
    const word = { fr: 'abruti', de: 'Depp', es: 'gilipollas', pt: 'babaca', ja: 'アホ' }[language]!;
    const english = `I read the word ${word} in a book about the history of language today`;
    expect(check(english).map((f) => f.ruleId)).not.toContain('tone.insult');
  });
});

describe('a draft the detector is unsure of', () => {
  it("gets the policy's own texts", () => {
    const [finding] = check('Dell XPS 13!').filter((f) => f.ruleId === 'disclosure.missing');
    expect(finding?.fixes[0]?.edits[0]?.text).toBe('#IWorkForDell ');
  });
});
