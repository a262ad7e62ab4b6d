/**
 * Each rule alone, on a minimal policy for a made-up company (not the built-in Dell policy), so a
 * rule's behaviour comes from its own settings. Every registered rule must have cases here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyEdits, evaluate, RULES, type Draft, type Rule } from '../../../lib/engine/index.ts';
import { defineRule } from '../../../lib/engine/rule.ts';
import { parsePolicy, type Policy, type PolicyInput } from '../../../lib/policy/index.ts';

const GUIDELINE = { id: 'g', title: 'Be good', summary: 's', lesson: 'l' };

function acme(sections: Partial<PolicyInput> = {}): Policy {
  const r = parsePolicy({
    schemaVersion: 1,
    policyVersion: 't',
    name: 'Acme test policy',
    company: 'Acme',
    guidelines: [GUIDELINE],
    brand: { terms: ['Acme', 'RoadRunner 3000'], handles: ['@Acme'] },
    ...sections,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

interface Case {
  text: string;
  draft?: Partial<Draft>;
  policy?: Partial<PolicyInput>;
  /** [finding id, flagged text or null for the whole draft] */
  expect: [string, string | null][];
  /** What the first finding's first fix turns the draft into. */
  fixed?: string;
}

function run(rule: Rule, c: Case) {
  const draft: Draft = {
    text: c.text,
    platform: 'x',
    surface: 'post',
    training: { state: 'certified' },
    ...c.draft,
  };
  return evaluate(draft, acme(c.policy), [rule]);
}

const CASES: Record<string, Case[]> = {
  disclosure: [
    {
      text: 'Love the RoadRunner 3000',
      policy: { disclosure: { accepted: ['#AcmeEmployee'], insertText: '#AcmeEmployee' } },
      expect: [['disclosure.missing', null]],
      fixed: '#AcmeEmployee Love the RoadRunner 3000',
    },
    {
      text: '#AcmeEmployee Love the RoadRunner 3000',
      policy: { disclosure: { accepted: ['#AcmeEmployee'] } },
      expect: [],
    },
    { text: 'Love the sunset', expect: [] },
    {
      text: 'Acme rocks #a #b #AcmeEmployee',
      policy: { disclosure: { accepted: ['#AcmeEmployee'] } },
      expect: [['disclosure.buried-in-hashtags', '#AcmeEmployee']],
      fixed: '#AcmeEmployee Acme rocks #a #b',
    },
    {
      text: 'Acme is here',
      draft: { training: { state: 'in-training' } },
      policy: { disclosure: { accepted: ['#AcmeEmployee'] } },
      expect: [
        ['disclosure.missing', null],
        ['disclosure.trainee-reminder', null],
      ],
    },
  ],
  pii: [
    {
      text: 'Call me at 512-555-0199',
      expect: [['pii.phone', '512-555-0199']],
      fixed: 'Call me at [phone number]',
    },
    { text: 'Write to jo@example.org', expect: [['pii.email', 'jo@example.org']] },
    { text: 'Version 10.2.3 ships on 2026-01-05 for $1,299', expect: [] },
    { text: 'Call 512-555-0199', policy: { pii: { allow: ['512-555-0199'] } }, expect: [] },
    {
      text: 'Thanks!',
      draft: { replyTo: { text: 'Call me on 512-555-0199' } },
      expect: [['pii.customer-posted', null]],
    },
  ],
  'tone.profanity': [
    { text: 'This is sh1t', expect: [['tone.profanity', 'sh1t']], fixed: 'This is' },
    { text: 'A cocktail in Scunthorpe', expect: [] },
    {
      text: 'What a darn day',
      policy: { tone: { profanity: { extraTerms: ['darn'] } } },
      expect: [['tone.profanity', 'darn']],
    },
  ],
  'tone.insult': [
    {
      text: 'You are a clown',
      policy: { tone: { insult: { terms: ['clown'] } } },
      expect: [['tone.insult', 'clown']],
      fixed: 'You are a I see it differently',
    },
    { text: 'You are a clown', expect: [] },
  ],
  'tone.shouting': [
    {
      text: 'THIS IS THE BEST DAY EVER',
      expect: [['tone.shouting', 'THIS IS THE BEST DAY EVER']],
      fixed: 'This is the best day ever',
    },
    { text: 'The NASA API is up', expect: [] },
  ],
  'tone.competitor': [
    {
      text: 'Globex laptops are garbage',
      policy: { tone: { competitor: { terms: ['Globex'] }, negativeTerms: ['garbage'] } },
      expect: [['tone.competitor', 'Globex laptops are garbage']],
    },
    {
      text: 'Globex laptops are fine',
      policy: { tone: { competitor: { terms: ['Globex'] }, negativeTerms: ['garbage'] } },
      expect: [],
    },
  ],
  'tone.other-side': [
    {
      text: 'The Blues are pathetic',
      policy: { tone: { otherSide: { terms: ['the Blues'] }, negativeTerms: ['pathetic'] } },
      expect: [['tone.other-side', 'The Blues are pathetic']],
    },
  ],
  'tone.hostile-thread': [
    {
      text: 'Sorry to hear',
      draft: { replyTo: { text: 'You people are sh1t' } },
      expect: [['tone.hostile-thread', null]],
    },
    { text: 'Sorry to hear', draft: { replyTo: { text: 'I disagree with this plan' } }, expect: [] },
  ],
  confidential: [
    {
      text: 'Project Falcon launches soon',
      policy: {
        confidential: {
          topics: [{ id: 'codenames', title: 'Codenames', terms: ['Project Falcon'], specialists: 'PR' }],
        },
      },
      expect: [['confidential.codenames', 'Project Falcon']],
    },
    { text: 'Project Falcon launches soon', expect: [] },
  ],
  handoff: [
    {
      text: 'Oh no',
      draft: { replyTo: { text: 'My RoadRunner is broken' } },
      policy: {
        handoff: {
          complaintTerms: ['broken'],
          handles: { x: '@AcmeHelp', facebook: '@AcmeHelp', linkedin: 'Acme Help' },
        },
      },
      expect: [['handoff.complaint', null]],
      fixed: "Hey, I'm really sorry you're experiencing that. @AcmeHelp, can you take care of that?",
    },
    {
      text: 'Glad you like it',
      draft: { replyTo: { text: 'My RoadRunner is great' } },
      policy: { handoff: { complaintTerms: ['broken'] } },
      expect: [],
    },
  ],
  'handoff.asks-for-details': [
    {
      text: 'So sorry! DM me your order number',
      policy: { handoff: { handles: { x: '@AcmeHelp', facebook: '@AcmeHelp', linkedin: 'Acme Help' } } },
      expect: [['handoff.asks-for-details', 'DM me your order number']],
      fixed: "Hey, I'm really sorry you're experiencing that. @AcmeHelp, can you take care of that?",
    },
    { text: 'DM me your thoughts on the keynote', expect: [] },
    { text: '@Support, can you send me your order number?', expect: [] },
  ],
  'handoff.audience': [
    {
      text: 'Happy to chat',
      draft: { replyTo: { text: 'Any comment on the layoffs?', author: 'JDoeReports' } },
      policy: { audience: { handles: { x: [{ handle: '@jdoereports', role: 'journalist' }] } } },
      expect: [['handoff.audience.journalist', null]],
    },
    {
      text: 'Thanks @jdoereports for the piece',
      policy: { audience: { handles: { x: [{ handle: 'https://x.com/JDoeReports', role: 'journalist' }] } } },
      expect: [['handoff.audience.journalist', '@jdoereports']],
    },
    {
      text: 'Thanks @someone_else',
      draft: { replyTo: { text: 'Nice launch', author: 'someone_else' } },
      policy: { audience: { handles: { x: [{ handle: '@jdoereports', role: 'journalist' }] } } },
      expect: [],
    },
  ],
  length: [
    { text: 'a'.repeat(281), expect: [['length.over-limit', 'a']] },
    { text: 'a'.repeat(100), expect: [] },
    {
      text: 'a'.repeat(101),
      policy: { length: { limits: { x: 100, facebook: 100, linkedin: 100 } } },
      expect: [['length.over-limit', 'a']],
    },
  ],
  governance: [
    {
      text: 'hi',
      draft: { account: { handle: '@JoAtAcme' } },
      policy: { governance: { brandedMarkers: ['AtAcme'] } },
      expect: [['governance.unapproved', null]],
    },
    {
      text: 'hi',
      draft: { account: { handle: '@JoAtAcme' }, now: '2026-02-01' },
      policy: {
        governance: {
          brandedMarkers: ['AtAcme'],
          approvedAccounts: [{ handle: '@JoAtAcme', sunset: '2026-01-31' }],
        },
      },
      expect: [['governance.sunset', null]],
    },
    {
      text: 'hi',
      draft: { account: { handle: '@jo' } },
      policy: { governance: { brandedMarkers: ['AtAcme'] } },
      expect: [],
    },
  ],
  'training.required': [
    { text: 'Acme is great', draft: { training: { state: 'none' } }, expect: [['training.required', null]] },
    { text: 'Acme is great', draft: { training: { state: 'certified' } }, expect: [] },
    { text: 'Nice day', draft: { training: { state: 'expired' } }, expect: [] },
  ],
  custom: [
    {
      text: 'See TICKET-42',
      policy: {
        customRules: [
          {
            id: 'ticket',
            pattern: 'TICKET-[0-9]+',
            guideline: 'g',
            message: 'm',
            fix: { label: 'x', replacement: '[ticket]' },
          },
        ],
      },
      expect: [['custom.ticket', 'TICKET-42']],
      fixed: 'See [ticket]',
    },
  ],
};

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has cases', () => expect(CASES[id]?.length ?? 0).toBeGreaterThan(0));
  it.each((CASES[id] ?? []).map((c) => [c.text.slice(0, 40), c] as const))('%s', (_name, c) => {
    const findings = run(rule, c);
    expect(
      findings.map((f) => [f.ruleId, f.start === undefined ? null : c.text.slice(f.start, f.end)]),
    ).toEqual(c.expect);
    if (c.fixed !== undefined) expect(applyEdits(c.text, findings[0]!.fixes[0]!.edits)).toBe(c.fixed);
  });
  it('switched off, it is silent', () => {
    const [section, key] = rule.config.at;
    if (section === 'customRules') return; // custom rules are switched off by removing them
    const off =
      key === undefined ? { [section]: { enabled: false } } : { [section]: { [key]: { enabled: false } } };
    for (const c of CASES[id] ?? []) {
      expect(run(rule, { ...c, policy: { ...c.policy, ...off } as Partial<PolicyInput> })).toEqual([]);
    }
  });
});

describe('rule isolation', () => {
  afterEach(() => vi.restoreAllMocks());
  const broken = defineRule({
    id: 'tone.broken',
    category: 'tone',
    title: 'Broken',
    description: 'Throws on every draft.',
    guideline: 'g',
    config: RULES.find((r) => r.id === 'tone.profanity')!.config,
    run() {
      throw new Error('boom');
    },
  });
  it('a rule that throws is reported and skipped; the others still nudge', () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    const profanity = RULES.find((r) => r.id === 'tone.profanity')!;
    const draft: Draft = {
      text: 'This is sh1t',
      platform: 'x',
      surface: 'post',
      training: { state: 'certified' },
    };
    const out = evaluate(draft, acme(), [broken, profanity]);
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([
      ['tone.broken.failed', 'info'],
      ['tone.profanity', 'warn'],
    ]);
    expect(out[0]!.message).toContain('"Broken" check could not run');
    expect(reported).toHaveBeenCalledWith('Ambassador: the tone.broken check failed', expect.any(Error));
  });
  it('a rule that throws and could have held the post holds it (fails closed)', () => {
    const brokenGuard = defineRule({
      id: 'confidential.broken',
      category: 'confidential',
      title: 'Broken guard',
      description: 'Throws on every draft; its settings can block.',
      guideline: 'g',
      config: RULES.find((r) => r.id === 'confidential')!.config,
      run() {
        throw new Error('boom');
      },
    });
    const draft: Draft = { text: 'Hello', platform: 'x', surface: 'post', training: { state: 'certified' } };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const [finding] = evaluate(draft, acme(), [brokenGuard]);
    expect(finding).toMatchObject({ ruleId: 'confidential.broken.failed', severity: 'block' });
    expect(finding!.message).toContain('read the draft again yourself');
  });
});

describe('finding cap', () => {
  it('a rule reports at most 100 findings', () => {
    const pii = RULES.find((r) => r.id === 'pii')!;
    const text = Array.from({ length: 2000 }, (_, i) => `u${i}@example.com`).join(' ');
    const draft: Draft = { text, platform: 'linkedin', surface: 'post', training: { state: 'certified' } };
    const out = evaluate(draft, acme(), [pii]);
    expect(out).toHaveLength(100);
    expect(out.every((f) => f.ruleId === 'pii.email')).toBe(true);
  });
});
