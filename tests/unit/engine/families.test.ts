import { describe, expect, it } from 'vitest';
import { applyEdits, evaluate } from '../../../lib/engine/index.ts';
import { DEFAULT_POLICY, DEFAULT_POLICY_INPUT, parsePolicy, type Policy } from '../../../lib/policy/index.ts';
import { check, draft, ids, summary } from './helpers.ts';

function withPolicy(patch: Record<string, unknown>): Policy {
  const r = parsePolicy({ ...structuredClone(DEFAULT_POLICY_INPUT), ...patch });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

describe('confidential', () => {
  it.each([
    ['Can’t wait for our Q3 results next week', 'confidential.earnings', 'Q3 results', 'block'],
    [
      'The unannounced XPS is amazing, I work for Dell',
      'confidential.unreleased-products',
      'unannounced',
      'block',
    ],
    ['Rumours of an acquisition', 'confidential.mergers-acquisitions', 'acquisition', 'block'],
    ['More layoffs coming', 'confidential.layoffs', 'layoffs', 'block'],
    // No sign of an insider: comment on news, which may be public — a warning, not a block.
    ['The lawsuit is nonsense', 'confidential.litigation', 'lawsuit', 'warn'],
    ['We had a data breach', 'confidential.security-incidents', 'data breach', 'block'],
  ])('%s', (text, ruleId, span, severity) => {
    const out = check(text).filter((f) => f.category === 'confidential');
    expect(out.map((f) => [f.ruleId, text.slice(f.start, f.end), f.severity])).toEqual([
      [ruleId, span, severity],
    ]);
    expect(out[0]!.message).toMatch(/for /);
  });
  it('names the specialists', () => {
    expect(check('Our earnings are up')[0]!.message).toContain('Investor Relations');
  });
  it('no false alarm on everyday words', () => {
    expect(ids('Earning trust every day; our results-driven team broke no records')).toEqual([]);
  });
});

describe('handoff', () => {
  const replyTo = { text: "My XPS won't boot and support is useless" };
  it('complaint: one-click hand-off reply replacing the draft', () => {
    const text = 'Oh no!';
    const f = check(text, { surface: 'reply', replyTo }).find((x) => x.ruleId === 'handoff.complaint')!;
    expect(f.start).toBeUndefined();
    expect(applyEdits(text, f.fixes[0]!.edits)).toBe(
      "Hey, I'm really sorry you're experiencing that. @DellCares, can you take care of that?",
    );
    const li = check('', { platform: 'linkedin', surface: 'reply', replyTo }).find(
      (x) => x.ruleId === 'handoff.complaint',
    )!;
    expect(applyEdits('', li.fixes[0]!.edits)).toContain('Dell Cares, can you');
  });
  it('troubleshooting in the draft: info with span', () => {
    const text = 'Have you tried a factory reset?';
    expect(summary(text)).toEqual([['handoff.troubleshooting', 'Have you tried']]);
    expect(check(text)[0]!.severity).toBe('info');
  });
  it('not after the hand-off, and not on a happy reply', () => {
    expect(
      ids("Hey, I'm really sorry you're experiencing that. @DellCares, can you take care of that?", {
        surface: 'reply',
        replyTo,
      }),
    ).toEqual([]);
    expect(
      ids('Glad you like it!', {
        surface: 'reply',
        replyTo: { text: 'Thanks for the support, love the laptop' },
      }),
    ).toEqual([]);
  });
});

describe('length', () => {
  it('X weighted length: emoji count 2, over-limit span is the overflow', () => {
    const text = '😀'.repeat(150);
    expect(summary(text)).toEqual([['length.over-limit', '😀'.repeat(10)]]);
    expect(check(text)[0]!.severity).toBe('block');
  });
  it('near the limit warns', () => {
    expect(ids('a'.repeat(260))).toEqual(['length.near-limit']);
    expect(ids('a'.repeat(200))).toEqual([]);
  });
  it('URLs count 23 on X', () => {
    expect(ids('https://example.com/' + 'a'.repeat(300))).toEqual([]);
  });
  it('LinkedIn 3,000 and Facebook 63,206 characters', () => {
    const text = 'a'.repeat(3001);
    expect(summary(text, { platform: 'linkedin' })).toEqual([['length.over-limit', 'a']]);
    expect(ids(text, { platform: 'facebook' })).toEqual([]);
    expect(ids('a'.repeat(63207), { platform: 'facebook' })).toEqual(['length.over-limit']);
  });
});

describe('governance', () => {
  it('unapproved branded handle', () => {
    expect(ids('hello', { account: { handle: '@JoeAtDell' } })).toEqual(['governance.unapproved']);
  });
  it('approved but past sunset (only with draft.now)', () => {
    expect(ids('hello', { account: { handle: '@RichardAtDell' }, now: '2025-01-01' })).toEqual([
      'governance.sunset',
    ]);
    expect(ids('hello', { account: { handle: '@RichardAtDell' }, now: '2024-06-30T12:00:00Z' })).toEqual([]);
    expect(ids('hello', { account: { handle: '@RichardAtDell' } })).toEqual([]);
  });
  it('personal handles and approved handles are fine', () => {
    expect(ids('hello', { account: { handle: '@joe_smith' } })).toEqual([]);
    expect(ids('hello', { account: { handle: '@AmyHAtDell' }, now: '2025-01-01' })).toEqual([]);
  });
});

describe('training', () => {
  it('none or expired + brand mention → link to training', () => {
    const f = check('I work for Dell, love the XPS', { training: { state: 'none' } });
    expect(f.map((x) => x.ruleId)).toEqual(['training.required']);
    expect(f[0]!.message).toContain(DEFAULT_POLICY.training.url);
    expect(ids('I work for Dell, love the XPS', { training: { state: 'expired' } })).toEqual([
      'training.required',
    ]);
  });
  it('no brand mention, no training finding', () => {
    expect(ids('Nice sunset', { training: { state: 'none' } })).toEqual([]);
  });
});

describe('custom rules', () => {
  it('pattern and terms rules with fixes', () => {
    const policy = withPolicy({
      customRules: [
        {
          id: 'no-giveaway',
          terms: ['giveaway'],
          guideline: 'follow-the-law',
          message: 'Contests need legal review.',
          severity: 'block',
        },
        {
          id: 'ticket',
          pattern: 'TICKET-[0-9]+',
          caseSensitive: true,
          guideline: 'protect-the-customer',
          message: 'Internal ticket id',
          fix: { label: 'Remove', replacement: '[ticket]' },
        },
      ],
    });
    const text = 'Giveaway time! see TICKET-42';
    const out = evaluate(draft(text), policy);
    expect(out.map((f) => [f.ruleId, text.slice(f.start, f.end), f.guideline])).toEqual([
      ['custom.no-giveaway', 'Giveaway', 'Follow the law, follow the code'],
      ['custom.ticket', 'TICKET-42', 'Protect the customer'],
    ]);
    expect(applyEdits(text, out[1]!.fixes[0]!.edits)).toBe('Giveaway time! see [ticket]');
  });
  it('catastrophic pattern (a+)+$ runs in linear time on re2js', () => {
    const policy = withPolicy({
      customRules: [{ id: 'evil', pattern: '(a+)+$', guideline: 'be-nice', message: 'm' }],
    });
    const text = 'a'.repeat(50_000) + '!';
    // A backtracking engine would not return from this at all (the test would time out); speed
    // itself is measured by the bench, not asserted here.
    const out = evaluate(draft(text, { platform: 'facebook' }), policy);
    expect(out.filter((f) => f.ruleId === 'custom.evil')).toEqual([]);
    const matchEnd = evaluate(draft('a'.repeat(50_000), { platform: 'facebook' }), policy).find(
      (f) => f.ruleId === 'custom.evil',
    );
    expect(matchEnd).toMatchObject({ start: 0, end: 50_000 });
  });
});

describe('ordering and purity', () => {
  it('whole-draft findings first, then by start', () => {
    const f = check('Call 512-555-0199 about the XPS, idiot', { training: { state: 'none' } });
    const starts = f.map((x) => x.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(f[0]!.start).toBeUndefined();
  });
  it('deterministic', () => {
    const d = draft('Call 512-555-0199 about the XPS, idiot', { replyTo: { text: 'broken laptop!!' } });
    expect(evaluate(d, DEFAULT_POLICY)).toEqual(evaluate(structuredClone(d), DEFAULT_POLICY));
  });
  it('every message comes from the policy', () => {
    const policy = withPolicy({
      disclosure: { ...DEFAULT_POLICY_INPUT.disclosure, messages: { missing: 'CUSTOM {insert}' } },
    });
    expect(evaluate(draft('New XPS'), policy)[0]!.message).toBe('CUSTOM #IWorkForDell');
  });
});
