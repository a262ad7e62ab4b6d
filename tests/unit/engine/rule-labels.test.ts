import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/engine/index.ts';
import { ruleLabel } from '../../../lib/engine/rule-labels.ts';

describe('ruleLabel', () => {
  it('names a finding id by the rule that reports it', () => {
    expect(ruleLabel('tone.profanity')).toBe('Profanity');
    expect(ruleLabel('pii.phone')).toBe('Personal data: phone');
    expect(ruleLabel('confidential.unreleased-products')).toBe('Confidential topics: unreleased products');
    // The longest rule id wins: handoff.asks-for-details is its own rule, not a variant of handoff.
    expect(ruleLabel('handoff.asks-for-details')).toBe('Asking for details');
    expect(ruleLabel('handoff.complaint')).toBe('Hand-off to support: complaint');
  });
  it('leaves unknown ids as they are', () => {
    expect(ruleLabel('retired.rule')).toBe('retired.rule');
  });
  it('every rule has a title of its own', () => {
    const titles = RULES.map((r) => r.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
