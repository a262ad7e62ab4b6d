/** Knowing who you are talking to: the policy's people, their roles and guidance, per platform. */
import { describe, expect, it } from 'vitest';
import { evaluate, type Draft, type Platform } from '../../../lib/engine/index.ts';
import { audienceRule, handleKey } from '../../../lib/engine/rules/handoff/audience.ts';
import { MINIMAL_POLICY } from '../minimal-policy.ts';
import { parsePolicy, type Policy, type PolicyInput } from '../../../lib/policy/index.ts';

const BASE = MINIMAL_POLICY;

function policy(audience: PolicyInput['audience']): Policy {
  const r = parsePolicy({ ...BASE, audience });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

const ACME = policy({
  roles: [
    {
      id: 'journalist',
      title: 'a journalist',
      guidance: 'Leave press questions to Media Relations.',
      contact: 'press@acme.example',
      traineeSeverity: 'block',
    },
    { id: 'analyst', title: 'an analyst', guidance: 'Analyst Relations answers analysts.', severity: 'info' },
  ],
  handles: {
    x: [
      { handle: '@JaneReports', role: 'journalist' },
      { handle: 'https://twitter.com/AnnaAnalyst/', role: 'analyst', contact: 'ar@acme.example' },
    ],
    linkedin: [
      { handle: 'https://www.linkedin.com/in/jane-doe-1234/', name: 'Jane Doe', role: 'journalist' },
    ],
    facebook: [{ handle: 'Jane Doe', role: 'journalist' }],
  },
});

function check(text: string, extra: Partial<Draft> = {}, p: Policy = ACME) {
  const draft: Draft = { text, platform: 'x', surface: 'post', training: { state: 'certified' }, ...extra };
  return evaluate(draft, p, [audienceRule]);
}

describe('handleKey', () => {
  it.each<[Platform, string, string]>([
    ['x', '@JaneReports', 'janereports'],
    ['x', 'janereports', 'janereports'],
    ['x', ' ＠JaneReports ', 'janereports'],
    ['x', 'https://x.com/JaneReports/status/1', 'janereports'],
    ['x', 'twitter.com/JaneReports?lang=en', 'janereports'],
    ['linkedin', 'https://www.linkedin.com/in/jane-doe-1234/', 'jane-doe-1234'],
    ['linkedin', 'linkedin.com/company/acme-press', 'acme-press'],
    ['linkedin', 'Jane  Doe', 'janedoe'],
    ['facebook', 'https://www.facebook.com/jane.doe', 'jane.doe'],
    ['facebook', 'https://m.facebook.com/profile.php?id=1000123', '1000123'],
    ['facebook', '@Jane Doe', 'janedoe'],
  ])('%s %j → %j', (platform, raw, key) => expect(handleKey(platform, raw)).toBe(key));
});

describe('handoff.audience', () => {
  it('replying to a listed journalist gives the role guidance with the contact', () => {
    const [f, ...rest] = check('Great question!', {
      surface: 'reply',
      replyTo: { text: 'Is Acme cutting jobs?', author: 'janereports' },
    });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'handoff.audience.journalist', severity: 'warn', category: 'handoff' });
    expect(f!.start).toBeUndefined();
    expect(f!.message).toBe(
      'You are replying to @janereports, a journalist. Leave press questions to Media Relations. Contact: press@acme.example.',
    );
  });

  it('a trainee replying to a journalist is held; to an analyst, not', () => {
    for (const state of ['in-training', 'none', 'expired'] as const) {
      const [f] = check('', {
        surface: 'reply',
        replyTo: { text: 'Comment?', author: 'JaneReports' },
        training: { state },
      });
      expect(f).toMatchObject({ ruleId: 'handoff.audience.journalist', severity: 'block' });
      expect(f!.message).toContain('Until you have passed the training');
    }
    const [analyst] = check('Hi', {
      surface: 'reply',
      replyTo: { text: 'Numbers?', author: 'annaanalyst' },
      training: { state: 'none' },
    });
    expect(analyst).toMatchObject({ ruleId: 'handoff.audience.analyst', severity: 'info' });
    expect(analyst!.message).toContain('Contact: ar@acme.example.');
  });

  it('mentions on X are found as X parses them, case-insensitively', () => {
    const text = 'As @janereports and ＠AnnaAnalyst said, mail me at x@JaneReports.com';
    expect(check(text).map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      ['handoff.audience.journalist', '@janereports'],
      ['handoff.audience.analyst', '＠AnnaAnalyst'],
    ]);
  });

  it('the person answered is not reported again for the @ in the reply', () => {
    const out = check('@JaneReports thanks!', {
      surface: 'reply',
      replyTo: { text: 'Comment?', author: 'JaneReports' },
    });
    expect(out.map((f) => f.ruleId)).toEqual(['handoff.audience.journalist']);
    expect(out[0]!.start).toBeUndefined();
  });

  it('LinkedIn and Facebook: names in replies and mentions, with or without the @', () => {
    const li = check('Thanks @Jane Doe for the interview', { platform: 'linkedin' });
    expect(li.map((f) => [f.ruleId, 'Thanks @Jane Doe for the interview'.slice(f.start, f.end)])).toEqual([
      ['handoff.audience.journalist', '@Jane Doe'],
    ]);
    expect(
      check('Thanks!', {
        platform: 'linkedin',
        surface: 'comment',
        replyTo: { text: 'x', author: 'jane doe' },
      }),
    ).toHaveLength(1);
    expect(check('jane doe wrote a nice piece', { platform: 'facebook' })).toHaveLength(1);
    // A name listed for LinkedIn means nothing on X, and the other way round.
    expect(check('Thanks Jane Doe', { platform: 'x' })).toEqual([]);
    expect(check('Thanks @janereports', { platform: 'linkedin' })).toEqual([]);
  });

  it('no list, no finding; people not listed are never reported', () => {
    expect(check('Hi @janereports', { replyTo: { text: 'x', author: 'janereports' } }, policy({}))).toEqual(
      [],
    );
    expect(check('Hi @janereporter and @jane', { replyTo: { text: 'x', author: 'jane' } })).toEqual([]);
  });

  it('the policy is refused with clear errors for unknown roles and repeated handles', () => {
    const r = parsePolicy({
      ...BASE,
      audience: {
        handles: {
          x: [
            { handle: '@JaneReports', role: 'reporter' },
            { handle: 'https://x.com/janereports', role: 'journalist' },
          ],
        },
      },
    });
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'audience.handles.x[0].role', message: 'unknown role "reporter" (not in roles[].id)' },
      { path: 'audience.handles.x[1].handle', message: '"https://x.com/janereports" is listed twice on x' },
    ]);
  });
});
