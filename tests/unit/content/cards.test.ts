import { describe, expect, it } from 'vitest';
import {
  buildCards,
  cardMessage,
  cardOf,
  guidelineInfos,
  type GuidelineInfo,
} from '../../../lib/content/cards';
import type { KeyedFinding } from '../../../lib/content/session-state';
import type { Finding, Fix } from '../../../lib/engine/types';
import { DEFAULT_POLICY } from '../../../lib/policy';
import { check } from '../engine/helpers';

const TEXT = 'DM me your order number';
const handOff: Fix = {
  kind: 'hand-off',
  label: 'Hand off to @DellCares',
  edits: [{ start: 0, end: TEXT.length, text: 'Sorry to hear that! @DellCares can help.' }],
};
const redact: Fix = { kind: 'redact', label: 'Replace', edits: [{ start: 5, end: 17, text: '[phone]' }] };

const GUIDELINES: GuidelineInfo[] = [
  {
    id: 'leave-support',
    title: 'Leave support to @DellCares',
    summary: 'Support belongs with the support team.',
  },
  { id: 'train-first', title: 'Train first', summary: 'Train before posting.' },
];

const entry = (key: string, finding: Partial<Finding>): KeyedFinding => ({
  key,
  finding: {
    ruleId: key,
    category: 'handoff',
    severity: 'warn',
    guideline: 'Leave support to @DellCares',
    message: `message of ${key}`,
    fixes: [],
    ...finding,
  },
});

describe('buildCards', () => {
  it('merges findings that offer the same action into one card naming both reasons', () => {
    const cards = buildCards(
      [
        entry('handoff.reply', { severity: 'info', fixes: [handOff] }),
        entry('handoff.asks-for-details', {
          fixes: [{ ...handOff, edits: [...handOff.edits] }],
          start: 0,
          end: 23,
        }),
      ],
      GUIDELINES,
    );
    expect(cards).toHaveLength(1);
    const [card] = cards;
    // The more severe finding leads: its key names the card and its severity colours it.
    expect(card!.key).toBe('handoff.asks-for-details');
    expect(card!.severity).toBe('warn');
    expect(card!.ruleIds).toEqual(['handoff.asks-for-details', 'handoff.reply']);
    expect(card!.messages).toEqual(['message of handoff.asks-for-details', 'message of handoff.reply']);
    expect(card!.fixes).toEqual([handOff]);
    expect(card!.spanned).toBe(true);
    expect(cardOf(cards, 'handoff.reply')).toBe(card);
  });

  it('keeps apart findings whose fixes differ, and findings without a fix', () => {
    const other: Fix = { ...handOff, edits: [{ start: 0, end: 0, text: '@DellCares ' }] };
    const cards = buildCards(
      [
        entry('a', { fixes: [handOff] }),
        entry('b', { fixes: [other] }),
        entry('c', { fixes: [] }),
        entry('d', { fixes: [] }),
      ],
      GUIDELINES,
    );
    expect(cards.map((card) => card.key)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts blocks first, then warnings, then tips, otherwise in the engine’s order', () => {
    const cards = buildCards(
      [
        entry('tip', { severity: 'info' }),
        entry('warn-1', { severity: 'warn' }),
        entry('block', { severity: 'block', fixes: [redact] }),
        entry('warn-2', { severity: 'warn' }),
      ],
      GUIDELINES,
    );
    expect(cards.map((card) => card.key)).toEqual(['block', 'warn-1', 'warn-2', 'tip']);
  });

  it('gives one line of why and the lesson from the guideline; none for a guideline the policy lacks', () => {
    const [known, unknown] = buildCards(
      [entry('a', {}), entry('b', { guideline: 'Something else' })],
      GUIDELINES,
    );
    expect(known!.why).toBe('Support belongs with the support team.');
    expect(known!.lesson).toBe('leave-support');
    expect(unknown!.why).toBeUndefined();
    expect(unknown!.lesson).toBeUndefined();
  });

  it('marks the training reminder', () => {
    const [card] = buildCards(
      [entry('training.required', { category: 'training', guideline: 'Train first' })],
      GUIDELINES,
    );
    expect(card!.training).toBe(true);
    expect(card!.spanned).toBe(false);
  });
});

describe('a card in the draft’s language', () => {
  /** The card of the built-in policy's missing-disclosure finding on `text`. */
  const disclosureCard = (text: string) => {
    const finding = check(text).find((f) => f.ruleId === 'disclosure.missing')!;
    return buildCards([{ key: finding.ruleId, finding }], guidelineInfos(DEFAULT_POLICY))[0]!;
  };

  it('names the guideline and its one line of why in French for a French draft, as its message is', () => {
    const card = disclosureCard("J'adore le nouveau Dell XPS 13, c'est le meilleur portable que j'ai eu");
    expect(card.messages[0]).toContain('#JeTravaillePourDell');
    expect(card.guidelines).toEqual(['Dites que vous travaillez pour Dell']);
    expect(card.why).toBe(
      'Quand vous parlez des produits ou services Dell, indiquez que vous travaillez pour Dell, au début de chaque publication.',
    );
    expect(card.lesson).toBe('disclose');
  });

  it('keeps them in English for an English draft, and in Japanese for a Japanese one', () => {
    const english = disclosureCard('Loving the new Dell XPS 13, the best laptop I have had in years');
    expect(english.guidelines).toEqual(['Disclose']);
    expect(english.why).toBe(DEFAULT_POLICY.guidelines[0]!.summary);
    const japanese = disclosureCard('新しいDell XPS 13が大好きです。最高のノートパソコンです');
    expect(japanese.guidelines).toEqual(['Dell 社員であることを明示する']);
    expect(japanese.why).toMatch(/^Dell の製品やサービス/);
    expect(japanese.lesson).toBe('disclose');
  });

  it('prefers the policy’s own text where a translation shares a guideline’s title', () => {
    const shared: GuidelineInfo[] = [
      { id: 'a', title: 'A', summary: 'own', translated: [{ title: 'B', summary: 'translated a' }] },
      { id: 'b', title: 'B', summary: 'own b' },
    ];
    const [card] = buildCards([entry('x', { guideline: 'B' })], shared);
    expect([card!.lesson, card!.why]).toEqual(['b', 'own b']);
  });
});

describe("cards of optional kinds (Don't show this kind again)", () => {
  it('offer it only when every finding on the card is of the one optional kind', () => {
    const shouting = entry('shouting', { optionalKind: 'tone.shouting', fixes: [redact] });
    const alsoShouting = entry('also', { optionalKind: 'tone.shouting', fixes: [redact] });
    const hype = entry('hype', { optionalKind: 'custom.hype', fixes: [redact] });
    const mandatory = entry('mandatory', { fixes: [redact] });
    const optional = (findings: KeyedFinding[]) => buildCards(findings, GUIDELINES).map((c) => c.optional);
    expect(optional([shouting])).toEqual([true]);
    expect(optional([entry('pii', {})])).toEqual([false]);
    // Merged by their shared fix: one kind, or a mix.
    expect(optional([shouting, alsoShouting])).toEqual([true]);
    expect(optional([shouting, hype])).toEqual([false]);
    expect(optional([shouting, mandatory])).toEqual([false]);
  });
});

describe('cardMessage', () => {
  it('prints no raw web address', () => {
    expect(
      cardMessage('Take the social-media training before posting about Dell: https://example.com/smac'),
    ).toBe('Take the social-media training before posting about Dell.');
    expect(cardMessage('Your social-media training has expired. Renew it: https://example.com/x?y=1')).toBe(
      'Your social-media training has expired. Renew it.',
    );
    // An empty address leaves a colon behind in the template.
    expect(cardMessage('Take the training before posting about Dell: ')).toBe(
      'Take the training before posting about Dell.',
    );
  });

  it('leaves a message without an address as it is', () => {
    expect(cardMessage('Replace the phone number.')).toBe('Replace the phone number.');
  });
});
