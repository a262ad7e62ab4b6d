import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_INPUT, parsePolicy } from '../../../lib/policy/index.ts';
import { POLICY_BUDGET } from '../../../lib/policy/budget.ts';

const withPatch = (patch: Record<string, unknown>) =>
  parsePolicy({ ...structuredClone(DEFAULT_POLICY_INPUT), ...patch });
const words = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36)}x`);

describe('policy budgets', () => {
  const { trialMs, trialRatio } = POLICY_BUDGET;
  afterEach(() => {
    Object.assign(POLICY_BUDGET, { trialMs, trialRatio });
  });

  it('accepts the built-in policy', () => {
    expect(withPatch({}).ok).toBe(true);
  });
  it('refuses more terms than the budget, each list within its own limit', () => {
    // 10 topics × 400 terms: every list is valid on its own (≤ 2,000), together they are 4,000.
    const topics = Array.from({ length: 10 }, (_, i) => ({
      id: `t${i}`,
      title: `T${i}`,
      terms: words(400, `w${i}`),
      specialists: 'Legal',
    }));
    const r = withPatch({ confidential: { topics } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/has 4,\d{3} terms in its lists; the limit is 3,000/);
  });
  it('refuses admin patterns that compile to too large a program together', () => {
    // 25 × ~950 instructions: each pattern is within its own limit (5,000), together they are not.
    const customRules = Array.from({ length: 25 }, (_, i) => ({
      id: `r${i}`,
      pattern: `(?:[a-z]{1,30}[0-9]{1,30}){1,8}#${i}`,
      guideline: 'be-nice',
      message: 'm',
    }));
    const r = withPatch({ customRules });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual(
        expect.objectContaining({
          path: 'customRules',
          message: expect.stringMatching(/RE2 instructions together/),
        }),
      );
  });
  it('refuses a document over the size limit before parsing it', () => {
    const r = parsePolicy(JSON.stringify({ ...DEFAULT_POLICY_INPUT, name: 'x'.repeat(POLICY_BUDGET.bytes) }));
    expect(r).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/characters; the limit is 1,000,000/) }],
    });
  });
  it('refuses a policy whose trial check is slower than the budget', () => {
    POLICY_BUDGET.trialMs = -1; // every check takes longer than that…
    POLICY_BUDGET.trialRatio = 0; // …and than no time at all
    const r = withPatch({});
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]!.message).toMatch(
        /^checking a 3,000-character draft with this policy took \d+ ms; the limit is -1 ms/,
      );
  });
  it('on a busy machine, accepts a slow trial that is no slower than the built-in policy’s', () => {
    POLICY_BUDGET.trialMs = -1; // every check is over time, as when the machine is busy
    POLICY_BUDGET.trialRatio = 100; // the built-in policy against a copy of itself: about 1×
    expect(withPatch({}).ok).toBe(true);
  });
  it('bounds the retention and asks for an https training address', () => {
    expect(withPatch({ metrics: { retentionDays: 100_000_000 } }).ok).toBe(false);
    const r = withPatch({ training: { url: 'javascript:alert(1)' } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual({
        path: 'training.url',
        message: 'the training address must start with https://',
      });
  });
});
