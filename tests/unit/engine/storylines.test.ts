/** Approved storylines: validity, search, the confidential fix and approved text. */
import { describe, expect, it } from 'vitest';
import { applyEdits, evaluate, type Draft } from '../../../lib/engine/index.ts';
import { confidentialRule } from '../../../lib/engine/rules/confidential/confidential.ts';
import {
  searchStorylines,
  storylineInsertion,
  storylineText,
  validity,
  validStorylines,
  type Storyline,
} from '../../../lib/engine/storylines.ts';
import { MINIMAL_POLICY } from '../minimal-policy.ts';
import { parsePolicy, type Policy } from '../../../lib/policy/index.ts';

const BASE = {
  ...MINIMAL_POLICY,
  brand: { terms: ['Acme'] },
  disclosure: { accepted: ['#AcmeEmployee'], insertText: '#AcmeEmployee' },
  confidential: {
    topics: [{ id: 'earnings', title: 'Earnings', terms: ['earnings', 'results'], specialists: 'IR' }],
  },
};

const EARNINGS = {
  id: 'earnings-q3',
  topic: 'earnings',
  title: 'Q3 results are public',
  text: {
    x: 'Acme results are on investors.acme.example.',
    linkedin: 'Acme results: investors.acme.example.',
  },
  tags: ['quarter', 'investors'],
  owner: 'Investor Relations',
  validFrom: '2026-01-01',
  validUntil: '2026-03-31',
};

function policy(items: unknown[]): Policy {
  const r = parsePolicy({ ...BASE, storylines: { items } });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

const ACME = policy([EARNINGS]);
const draft = (text: string, extra: Partial<Draft> = {}): Draft => ({
  text,
  platform: 'x',
  surface: 'post',
  training: { state: 'certified' },
  now: '2026-02-10T12:00:00Z',
  ...extra,
});

describe('validity', () => {
  const s = ACME.storylines.items[0]!;
  it.each([
    ['2025-12-31T23:59:59Z', 'upcoming'],
    ['2026-01-01T00:00:00Z', 'valid'],
    ['2026-03-31T23:59:00Z', 'valid'],
    ['2026-04-01T00:00:00Z', 'expired'],
  ])('at %s it is %s', (now, expected) => expect(validity(s, now)).toBe(expected));
  it('without a date, only a storyline without a period is valid', () => {
    expect(validity(s, undefined)).toBe('expired');
    expect(validity({ ...s, validFrom: undefined, validUntil: undefined }, undefined)).toBe('valid');
  });
});

describe('validStorylines', () => {
  const items = policy([
    EARNINGS,
    { ...EARNINGS, id: 'old', validUntil: '2026-01-31' },
    { ...EARNINGS, id: 'fr', languages: ['fr-CA'], text: { x: 'Résultats' } },
    { ...EARNINGS, id: 'li-only', text: { linkedin: 'Only here' } },
  ]).storylines.items;
  const ids = (q: Parameters<typeof validStorylines>[1]) => validStorylines(items, q).map((s) => s.id);
  it('lists those valid at the date, for the platform and the language', () => {
    expect(ids({ now: '2026-02-10', platform: 'x' })).toEqual(['earnings-q3', 'fr']);
    expect(ids({ now: '2026-02-10', platform: 'x', language: 'en' })).toEqual(['earnings-q3']);
    expect(ids({ now: '2026-02-10', platform: 'x', language: 'fr' })).toEqual(['fr']);
    expect(ids({ now: '2026-02-10', platform: 'linkedin' })).toEqual(['earnings-q3', 'li-only']);
    expect(ids({ now: '2026-01-15', platform: 'facebook' })).toEqual([]);
    expect(ids({ now: '2026-01-15', platform: 'x' })).toEqual(['earnings-q3', 'old', 'fr']);
  });
});

describe('searchStorylines', () => {
  const items: Storyline[] = [
    {
      ...ACME.storylines.items[0]!,
      id: 'a',
      topic: 'earnings',
      title: 'Quarterly results',
      tags: ['investors'],
    },
    { ...ACME.storylines.items[0]!, id: 'b', topic: 'layoffs', title: 'Workforce update', tags: ['jobs'] },
    {
      ...ACME.storylines.items[0]!,
      id: 'c',
      topic: 'security-incidents',
      title: 'Advisory',
      tags: ['breach'],
    },
  ];
  const ids = (q: string) => searchStorylines(q, items).map((s) => s.id);
  it('finds by topic, title or tag, fuzzily', () => {
    expect(ids('earn')).toEqual(['a']);
    expect(ids('wrkfrc')).toEqual(['b']);
    expect(ids('breach')).toEqual(['c']);
    expect(ids('investors')).toEqual(['a']);
    expect(ids('zzzz')).toEqual([]);
  });
  it('an empty query lists them all in order', () => expect(ids('  ')).toEqual(['a', 'b', 'c']));
});

describe('the confidential finding offers the storyline', () => {
  const check = (text: string, extra: Partial<Draft> = {}, p: Policy = ACME) =>
    evaluate(draft(text, extra), p, [confidentialRule]);

  it('"Use the approved storyline for <topic>": the draft becomes the text, disclosure placed', () => {
    const text = 'We will beat our earnings target!';
    const [f] = check(text);
    expect(f!.ruleId).toBe('confidential.earnings');
    expect(f!.fixes.map((x) => [x.kind, x.label])).toEqual([
      ['storyline', 'Use the approved storyline for Earnings'],
    ]);
    const fixed = applyEdits(text, f!.fixes[0]!.edits);
    expect(fixed).toBe('#AcmeEmployee Acme results are on investors.acme.example.');
    // The storyline, unchanged, is approved text: no confidential finding on it.
    expect(check(fixed)).toEqual([]);
    expect(check('Acme results are on investors.acme.example.')).toEqual([]);
    // An edit makes it an ordinary draft again.
    expect(check(fixed + ' Our results beat it.').map((x) => x.ruleId)).toContain('confidential.earnings');
  });

  it('an expired storyline, or none for the platform, is never offered and approves nothing', () => {
    expect(check('Our earnings are up', { now: '2026-05-01' })[0]!.fixes).toEqual([]);
    expect(check('Acme results are on investors.acme.example.', { now: '2026-05-01' })).toHaveLength(1);
    expect(check('Our earnings are up', { platform: 'facebook' })[0]!.fixes).toEqual([]);
  });

  it('the disclosure goes where the disclosure rule puts it, and not from an approved account', () => {
    const s = ACME.storylines.items[0]!;
    expect(storylineText(s, draft('', { platform: 'linkedin' }), ACME)).toBe(
      '#AcmeEmployee Acme results: investors.acme.example.',
    );
    const off = parsePolicy({ ...BASE, disclosure: { enabled: false } });
    expect(off.ok && storylineText(s, draft(''), off.policy)).toBe(s.text.x);
    const approved = parsePolicy({
      ...BASE,
      governance: { approvedAccounts: [{ handle: '@AcmeNews' }] },
    });
    expect(
      approved.ok && storylineText(s, draft('', { account: { handle: '@acmenews' } }), approved.policy),
    ).toBe(s.text.x);
  });
});

describe('a storyline inserted from the search', () => {
  const s = ACME.storylines.items[0]!;
  const insert = (text: string, start: number, end = start, extra: Partial<Draft> = {}) => {
    const d = draft(text, extra);
    return applyEdits(text, storylineInsertion(s, d, { start, end }, ACME));
  };

  it('goes in at the caret, with the disclosure where the disclosure rule puts it', () => {
    expect(insert('', 0)).toBe('#AcmeEmployee Acme results are on investors.acme.example.');
    expect(insert('Asked about Q3? ', 16)).toBe(
      '#AcmeEmployee Asked about Q3? Acme results are on investors.acme.example.',
    );
    expect(insert('Asked? Thanks!', 7)).toBe(
      '#AcmeEmployee Asked? Acme results are on investors.acme.example.Thanks!',
    );
  });

  it('the disclosure goes in as an edit of its own, away from the typed text', () => {
    const edits = storylineInsertion(s, draft('Asked about Q3? '), { start: 16, end: 16 }, ACME);
    expect(edits).toEqual([
      { start: 0, end: 0, text: '#AcmeEmployee ' },
      { start: 16, end: 16, text: s.text.x },
    ]);
  });

  it('replaces the selection, and adds no second disclosure', () => {
    expect(insert('#AcmeEmployee here: TODO', 20, 24)).toBe(
      '#AcmeEmployee here: Acme results are on investors.acme.example.',
    );
  });

  it('offers nothing for a platform the storyline has no text for', () => {
    expect(storylineInsertion(s, draft('', { platform: 'facebook' }), { start: 0, end: 0 }, ACME)).toEqual(
      [],
    );
  });

  it('is approved text inside a longer draft (evaluate drops its alarm); edited, it is checked again', () => {
    const check = (text: string, options: Parameters<typeof draft>[1] = {}) =>
      evaluate(draft(text, options), ACME, [confidentialRule]).map((f) => f.ruleId);
    const typed = 'Asked about Q3? ';
    const inserted = insert(typed, typed.length);
    // Its words are confidential ones: once the storyline has expired, they are a finding.
    expect(check(inserted, { now: '2026-05-01' })).toEqual(['confidential.earnings']);
    expect(check(inserted)).toEqual([]);
    // Rewrapped by the editor (a line break for a space): still the approved text.
    expect(check(inserted.replace('results are', 'results\nare'))).toEqual([]);
    // The same words typed outside it, or the storyline edited, are findings again.
    expect(check(`${inserted} Our earnings beat it.`)).toEqual(['confidential.earnings']);
    expect(check(inserted.replace('are on', 'are soon on'))).toEqual(['confidential.earnings']);
  });
});

describe('storylines in the policy schema', () => {
  const errors = (items: unknown[], extra: object = {}) => {
    const r = parsePolicy({ ...BASE, ...extra, storylines: { items } });
    return r.ok ? [] : r.errors;
  };
  it('accepts a storyline and fills its defaults', () => {
    expect(ACME.storylines.items[0]).toMatchObject({ languages: ['en'], example: false });
    expect(ACME.storylines.fixLabel).toBe('Use the approved storyline for {topic}');
  });
  it('refuses what is wrong, with paths', () => {
    expect(
      errors([
        { ...EARNINGS, validFrom: '2026-04-01' },
        { ...EARNINGS, id: 'EARN', text: {}, languages: ['english'], owner: ' ' },
        { ...EARNINGS, id: 'long', text: { x: 'a'.repeat(281) } },
      ]),
    ).toEqual([
      {
        path: 'storylines.items[0].validUntil',
        message: 'validUntil (2026-03-31) is before validFrom (2026-04-01)',
      },
      { path: 'storylines.items[1].id', message: 'ids are lowercase letters, digits and dashes' },
      {
        path: 'storylines.items[1].text',
        message: 'give the text for at least one of x, facebook, linkedin',
      },
      {
        path: 'storylines.items[1].languages[0]',
        message: 'expected a language tag such as "en" or "pt-BR"',
      },
      { path: 'storylines.items[1].owner', message: 'Too small: expected string to have >=1 characters' },
      {
        path: 'storylines.items[2].text.x',
        message: '281 weighted characters on X (the limit is 280; URLs count 23, emoji and CJK 2)',
      },
    ]);
  });
  it("counts X's weights: emoji and URLs", () => {
    expect(errors([{ ...EARNINGS, text: { x: '😀'.repeat(141) } }])[0]?.message).toMatch(/^282 weighted/);
    expect(errors([{ ...EARNINGS, text: { x: '😀'.repeat(140) } }])).toEqual([]);
  });
  it('an X text that fits alone but not with the disclosure the fix adds is refused', () => {
    const text = 'Acme ' + 'a'.repeat(270);
    expect(errors([{ ...EARNINGS, text: { x: text } }])).toEqual([
      {
        path: 'storylines.items[0].text.x',
        message:
          '289 weighted characters on X once the disclosure is placed (the limit is 280): shorten it, or write the disclosure into it',
      },
    ]);
    expect(errors([{ ...EARNINGS, text: { x: '#AcmeEmployee ' + text.slice(14) } }])).toEqual([]);
  });
  it('repeated ids are refused', () => {
    expect(errors([EARNINGS, EARNINGS])).toEqual([
      { path: 'storylines.items[1].id', message: 'duplicate storyline id "earnings-q3"' },
    ]);
  });
});
