import { describe, expect, it } from 'vitest';
import { Draft, evaluate } from '../../../lib/engine/index.ts';
import {
  DEFAULT_POLICY,
  DEFAULT_POLICY_INPUT,
  parsePolicy,
  policyJsonSchema,
} from '../../../lib/policy/index.ts';

const minimal = {
  schemaVersion: 1,
  policyVersion: '1',
  name: 'Acme policy',
  company: 'Acme',
  guidelines: [{ id: 'be-nice', title: 'Be nice', summary: 's', lesson: 'l' }],
};

describe('parsePolicy', () => {
  it('accepts the default policy and exposes the fields other layers read', () => {
    const r = parsePolicy(DEFAULT_POLICY_INPUT);
    expect(r.ok).toBe(true);
    const p = DEFAULT_POLICY;
    expect(p.schemaVersion).toBe(1);
    expect(p.company).toBe('Dell');
    expect(p.enforcement.allowOverride).toBe(true);
    expect(p.training.validityDays).toBe(365);
    expect(p.metrics.retentionDays).toBe(180);
    expect(p.handoff.handles.x).toBe('@DellCares');
    expect(p.guidelines.map((g) => g.title)).toEqual([
      'Disclose',
      'Governance',
      'Train first',
      'Protect the customer',
      'Follow the law, follow the code',
      'Be responsible',
      'Be nice, have fun and connect',
      'Leave support to @DellCares',
      'Keep confidential topics with specialists',
      'Listen first, act on what you learn',
      'Know who you are talking to',
    ]);
    for (const g of p.guidelines) {
      expect(g.lesson.length).toBeGreaterThan(20);
      expect(g.questions.length).toBeGreaterThanOrEqual(1);
      for (const q of g.questions) expect(q.answer).toBeLessThan(q.choices.length);
    }
  });
  it('accepts a minimal policy and fills defaults', () => {
    const r = parsePolicy(minimal);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.policy.enforcement.allowOverride).toBe(true);
      expect(r.policy.length.limits.linkedin).toBe(3000);
      const d: Draft = {
        text: 'you idiot',
        platform: 'x',
        surface: 'post',
        training: { state: 'certified' },
      };
      expect(evaluate(d, r.policy)).toEqual([]); // no insult terms in a minimal policy
    }
  });
  it('accepts a JSON string', () => {
    expect(parsePolicy(JSON.stringify(minimal)).ok).toBe(true);
    expect(parsePolicy('{nope')).toMatchObject({ ok: false, errors: [{ path: '' }] });
  });
  it('reports every error with its path', () => {
    const r = parsePolicy({
      ...minimal,
      schemaVersion: 2,
      extra: true,
      training: { validityDays: -1 },
      customRules: [
        { id: 'ok', terms: ['x'], guideline: 'be-nice', message: 'm' },
        { id: 'both', terms: ['x'], pattern: 'x', guideline: 'be-nice', message: 'm' },
        { id: 'evil', pattern: '(a)\\1', guideline: 'be-nice', message: 'm' },
        { id: 'look', pattern: '(?=a)b', guideline: 'nope', message: 'm' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'extra',
        'training.validityDays',
        'customRules[1]',
        'customRules[2].pattern',
        'customRules[3].pattern',
        'customRules[3].guideline',
      ]),
    );
    expect(r.errors.find((e) => e.path === 'customRules[2].pattern')!.message).toMatch(/linear-time|RE2/);
  });
  it('refuses patterns that match the empty string or are too long', () => {
    const bad = (pattern: string) =>
      parsePolicy({ ...minimal, customRules: [{ id: 'r', pattern, guideline: 'be-nice', message: 'm' }] });
    expect(bad('a*')).toMatchObject({ ok: false, errors: [{ path: 'customRules[0].pattern' }] });
    expect(bad('a'.repeat(2000))).toMatchObject({ ok: false, errors: [{ path: 'customRules[0].pattern' }] });
    expect(bad('(a+)+$').ok).toBe(true); // catastrophic for backtracking engines, linear on RE2
  });
  it('never throws on cyclic, huge or odd input', () => {
    const cyclic: Record<string, unknown> = { ...minimal };
    cyclic.self = cyclic;
    expect(parsePolicy(cyclic).ok).toBe(false);
    // Too big to enforce: refused with its size, not parsed.
    expect(parsePolicy({ ...minimal, name: 'x'.repeat(5_000_000) })).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^the policy is 5,000,\d{3} characters/) }],
    });
    const deep: unknown[] = [];
    let cur = deep;
    for (let i = 0; i < 10000; i++) {
      const next: unknown[] = [];
      cur.push(next);
      cur = next;
    }
    expect(parsePolicy({ ...minimal, guidelines: deep }).ok).toBe(false);
    for (const v of [null, undefined, 1, 'x', [], true, () => 1, Symbol('s'), new Date()])
      expect(parsePolicy(v).ok).toBe(false);
  });
  it('exports a JSON Schema that describes the document', () => {
    const s = policyJsonSchema() as {
      type: string;
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(s.type).toBe('object');
    expect(s.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'policyVersion', 'name', 'company', 'guidelines']),
    );
    expect(Object.keys(s.properties)).toEqual(
      expect.arrayContaining(['enforcement', 'training', 'metrics', 'handoff', 'customRules']),
    );
    expect(s.additionalProperties).toBe(false);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
