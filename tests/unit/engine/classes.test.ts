/**
 * The classes of issue 10, each with cases that must fire and look-alikes that must stay quiet, on
 * the built-in policy. The texts are written here for the test; the measured figures come from the
 * public corpus (npm run bench:accuracy).
 */
import { describe, expect, it } from 'vitest';
import { likelyRegions, localeRegion } from '../../../lib/engine/matchers/pii.ts';
import { DEFAULT_POLICY } from '../../../lib/policy/index.ts';
import { check, ids, summary } from './helpers.ts';

describe('phone numbers written the national way, tried against the policy regions', () => {
  it.each([
    ['They are not answering at 0688 872 49 99', '0688 872 49 99'],
    ['Please call me on 07700 900 123 tonight', '07700 900 123'],
    ['Can someone call me on 01.84.17.61.18?', '01.84.17.61.18'],
    ['ring me on (11) 3591-3246', '(11) 3591-3246'],
    ['my number is 0044 20 7946 0958', '0044 20 7946 0958'],
  ])('%s', (text, span) => {
    expect(summary(text)).toEqual([['pii.phone', span]]);
  });

  it.each([
    'On 2018-01-14 03:07:43, the government began the process',
    'The Latitude 7450 ships with 16 GB and BIOS 1.12.0 for $1,299',
    'Battery Backup only 1 Hours to 1:30 Hours',
    'Scores went from 3 to 45 to 128 this season',
  ])('quiet: %s', (text) => {
    expect(ids(text).filter((id) => id.startsWith('pii'))).toEqual([]);
  });
});

describe('disclosure through the role or the team', () => {
  it.each([
    'As an engineer at Dell, I love the new XPS 13',
    "I'm part of the Dell team, and the XPS 13 is great",
    'Full disclosure, I work in Dell sales. The XPS 13 is great',
    'As a Dell product manager: the XPS 13 is great',
  ])('accepted: %s', (text) => {
    expect(ids(text).filter((id) => id.startsWith('disclosure'))).toEqual([]);
  });

  it.each(['As a Dell fan, I love the new XPS 13', 'A friend at Dell says the XPS 13 is great'])(
    'not a disclosure: %s',
    (text) => {
      expect(ids(text)).toContain('disclosure.missing');
    },
  );
});

describe('confidential topics: the company speaking is blocked, public news is a warning', () => {
  const severity = (text: string) => check(text).find((f) => f.category === 'confidential')?.severity;

  it('the company speaking about its own deal is blocked', () => {
    expect(severity('We are close to the acquisition of a storage startup')).toBe('block');
  });
  it('announced news is a warning', () => {
    expect(severity('We announced the acquisition of a storage startup today')).toBe('warn');
  });
  it("another firm's reported news is a warning", () => {
    expect(severity('Verizon seals takeover of MCI with a bid worth $6.8bn, reports say')).toBe('warn');
  });
  it("another firm's news without a reporting word is a warning too: no insider speaks", () => {
    expect(severity('Winemaker Southcorp rejects takeover offer from Foster’s Group')).toBe('warn');
  });
  it('inside knowledge is blocked', () => {
    expect(severity('Heard there are more layoffs coming in a few weeks')).toBe('block');
    expect(severity('We will be back in court defending that position')).toBe('block');
  });
  it('an admin can mark a topic block for every draft', () => {
    const policy = structuredClone(DEFAULT_POLICY);
    policy.confidential.topics.find((t) => t.id === 'litigation')!.severity = 'block';
    expect(
      check('The lawsuit is nonsense', {}, policy).find((f) => f.category === 'confidential')?.severity,
    ).toBe('block');
  });
});

describe('complaints without a cue word: symptom, part and negative turn', () => {
  const complaint = (reply: string) => ids('', { surface: 'reply', replyTo: { text: reply } });

  it.each([
    'Battery backup is very poor. Also heating issue',
    'I got a new laptop 5 days ago and it is still hanging.',
    'My order still has not arrived and I have been on hold for an hour',
  ])('hand off: %s', (reply) => {
    expect(complaint(reply)).toContain('handoff.complaint');
  });

  it.each([
    'Loved it, my first laptop that I earned from my hard work',
    'Great debate tonight, proud of our senator',
    'Good product, no lag at all and the battery lasts all day',
  ])('quiet: %s', (reply) => {
    expect(complaint(reply)).not.toContain('handoff.complaint');
  });
});

describe('support work in the draft is handed off', () => {
  it.each([
    'Which model do you have and is iOS 11.1 installed?',
    'Please send us a DM so we can look into this for you.',
    'Please try signing out and back in again.',
  ])('%s', (text) => {
    expect(ids(text, { surface: 'reply' })).toContain('handoff.troubleshooting');
  });

  it('a question about their setup, in a reply', () => {
    expect(summary('Thanks! Which OS are you using on that laptop?', { surface: 'reply' })).toEqual([
      ['handoff.troubleshooting', 'Which OS are you using on that laptop?'],
    ]);
  });

  it('a thank-you is no support work', () => {
    expect(ids('Thanks so much for stopping by, enjoy the show!', { surface: 'reply' })).toEqual([]);
  });
});

describe('tone: slurs beyond the profanity list, competitors run down without swearing', () => {
  const tone = (text: string) => ids(text).filter((id) => id.startsWith('tone.'));

  it.each([
    ['you just want some attention hoe', 'tone.profanity'],
    ['Asus support is very poor, will not recommend', 'tone.competitor'],
    ['Very disappointed by the Lenovo build quality', 'tone.competitor'],
  ])('%s', (text, id) => {
    expect(tone(text)).toContain(id);
  });

  it.each(['The HP Envy has a good screen', 'I disagree with that take, and here is why'])(
    'quiet: %s',
    (text) => {
      expect(tone(text)).toEqual([]);
    },
  );
});

describe('obfuscated profanity beyond leetspeak', () => {
  it.each([
    ['what the f u c k is this', 'f u c k'],
    ['what a phuck up', 'phuck'],
    ['biatch please', 'biatch'],
  ])('%s', (text, span) => {
    expect(summary(text).filter(([id]) => id === 'tone.profanity')).toEqual([['tone.profanity', span]]);
  });

  it.each(['Plan A B C is ready', 'I give it an A, a B and a C', 'my new phone is great'])(
    'quiet: %s',
    (text) => {
      expect(ids(text)).not.toContain('tone.profanity');
    },
  );
});

describe('marketplace-style order numbers', () => {
  it('with "order" before it', () => {
    expect(summary('my order 111-5014070-4118645 is late')).toEqual([
      ['pii.marketplace-order-number', '111-5014070-4118645'],
    ]);
  });
  it('quiet without the context word', () => {
    expect(ids('build 111-5014070-4118645 passed')).toEqual([]);
  });
});

describe("phone numbers tried against the writer's own region (draft.locale)", () => {
  const noRegions = structuredClone(DEFAULT_POLICY);
  noRegions.pii.regions = [];
  const phones = (text: string, locale?: string) =>
    summary(text, locale ? { locale } : {}, noRegions).filter(([id]) => id === 'pii.phone');

  it('a UK mobile written the national way, from a writer in the UK', () => {
    expect(phones('Please call me on 07911 123456 tonight', 'en-GB')).toEqual([
      ['pii.phone', '07911 123456'],
    ]);
  });
  it('the same without a locale, or with a locale that names no region, is left to the policy regions', () => {
    expect(phones('Please call me on 07911 123456 tonight')).toEqual([]);
    expect(phones('Please call me on 07911 123456 tonight', 'en')).toEqual([]);
  });
  it('the region of a locale', () => {
    expect(localeRegion('en-GB')).toBe('GB');
    expect(localeRegion('zh-Hant-TW')).toBe('TW');
    expect(localeRegion('pt_br')).toBe('BR');
    expect(localeRegion('es-419')).toBeUndefined();
    expect(localeRegion(undefined)).toBeUndefined();
  });
  it("the writer's region goes first, once", () => {
    const cfg = { ...DEFAULT_POLICY.pii, regions: ['IN', 'GB'] };
    expect(likelyRegions(cfg, 'en-GB')).toEqual(['GB', 'IN']);
    expect(likelyRegions(cfg, 'en-US')).toBe(cfg.regions);
  });
  it('a version or a price stays quiet whatever the locale', () => {
    expect(phones('BIOS 1.12.0 fixed it, and it was only 1.299,00 EUR', 'de-DE')).toEqual([]);
  });
});

describe('confidential: news words are no insider cue', () => {
  const severity = (text: string) => check(text).find((f) => f.category === 'confidential')?.severity;

  it.each([
    'US phone company SBC plans job cuts after its takeover of AT&T',
    'The court heard that the lawsuit could take years',
    'A hearing on the merger is set for Monday',
    'In the coming weeks the takeover battle for MCI will be decided',
  ])('a warning, not a block: %s', (text) => {
    expect(severity(text)).toBe('warn');
  });

  it.each([
    'Heard there are more layoffs coming',
    'The takeover is coming, trust me',
    'Between us, the merger is signed',
  ])('still blocked: %s', (text) => {
    expect(severity(text)).toBe('block');
  });
});

describe('confidential: inside knowledge by its shape, in the first person', () => {
  const shapes = (text: string, policy = DEFAULT_POLICY) =>
    summary(text, {}, policy).filter(([id]) =>
      /^confidential\.(results-ahead|launch-date|legal-matter)$/.test(id!),
    );

  it.each([
    ['We expect sales to be up 12% this quarter.', 'confidential.results-ahead'],
    ['We told our shareholders the costs will go over by around 10%', 'confidential.results-ahead'],
    ['We unveil the new dock in March', 'confidential.launch-date'],
    ['We got a letter from the regulator this morning', 'confidential.legal-matter'],
  ])('%s', (text, id) => {
    expect(shapes(text)).toEqual([[id, text.replace(/\.$/, '')]]);
  });

  it('a warning, with who to ask', () => {
    const f = check('We expect sales to be up 12% this quarter').find(
      (x) => x.ruleId === 'confidential.results-ahead',
    );
    expect(f?.severity).toBe('warn');
    expect(f?.message).toContain('Investor Relations');
  });

  it.each([
    "Dell's sales grew 12% last quarter, the company said",
    'US court rejects the tobacco case',
    'We had a great launch party with the team',
    'Our new dock is great and the battery lasts all day',
  ])('quiet: %s', (text) => {
    expect(shapes(text)).toEqual([]);
  });

  it('the admin can turn the shapes off', () => {
    const policy = structuredClone(DEFAULT_POLICY);
    policy.confidential.insiderClasses = [];
    expect(shapes('We expect sales to be up 12% this quarter', policy)).toEqual([]);
  });

  it('a sentence a topic term already flags is not flagged twice', () => {
    expect(
      ids('We forecast our earnings will be up 12%').filter((id) => id.startsWith('confidential')),
    ).toEqual(['confidential.earnings', 'confidential.earnings']);
  });
});

describe('complaints addressed to the company: one kind of signal is enough', () => {
  const complaint = (reply: string) => ids('', { surface: 'reply', replyTo: { text: reply } });

  it('a problem told to the company handle', () => {
    expect(complaint('@Dell is there a problem with the server?')).toContain('handoff.complaint');
  });
  it('the same, not addressed to the company, needs a second kind of signal', () => {
    expect(complaint('is there a problem with the server?')).not.toContain('handoff.complaint');
  });
  it('a thank-you to the company handle is no complaint', () => {
    expect(complaint('@Dell thanks for the great service, love my new XPS')).not.toContain(
      'handoff.complaint',
    );
  });
});

describe('the customer-service voice in a reply is support work', () => {
  it.each([
    "I'm sorry to hear that! Let us know if it keeps happening.",
    'My apologies for the wait. Is there anything I can do?',
    'Fill us in on what is happening, then we can help out from there.',
  ])('%s', (text) => {
    expect(ids(text, { surface: 'reply' })).toContain('handoff.troubleshooting');
  });

  it('in a post it is only a post', () => {
    expect(ids('Reach out if you want to join my team!', { surface: 'post' })).not.toContain(
      'handoff.troubleshooting',
    );
  });
  it('a civil reply to a political post is no support work', () => {
    expect(ids('I see it differently, but thanks for making the case.', { surface: 'reply' })).toEqual([]);
  });
});

describe("a competitor's product run down by a complaint, without a negative word", () => {
  const tone = (text: string) => ids(text).filter((id) => id.startsWith('tone.'));

  it('symptom and part in the sentence that names the competitor', () => {
    expect(tone('Acer customer care is helpless, the battery died after 4 days')).toContain(
      'tone.competitor',
    );
  });
  it.each(['My old Asus lasted me six years', 'Switched from Lenovo. The battery here died after 4 days'])(
    'quiet: %s',
    (text) => {
      expect(tone(text)).toEqual([]);
    },
  );
});

describe('IBANs typed in lower case', () => {
  it('in one run', () => {
    expect(summary('my iban is gb82west12345698765432')).toEqual([['pii.iban', 'gb82west12345698765432']]);
  });
  it('a look-alike fails mod-97', () => {
    expect(ids('build gb82west12345698765433 passed')).toEqual([]);
  });
});
