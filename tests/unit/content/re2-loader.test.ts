import { describe, expect, it } from 'vitest';
import { needsRe2 } from '../../../lib/content/re2-loader';
import { DEFAULT_POLICY } from '../../../lib/policy';

describe('needsRe2', () => {
  it('is false for the built-in policy: its identifiers run natively, so no page loads RE2 for it', () => {
    expect(needsRe2(DEFAULT_POLICY)).toBe(false);
  });
  it('is true when a custom rule or an identifier has an open repeat', () => {
    const rule = {
      id: 'x',
      pattern: 'PRJ-\\w+',
      caseSensitive: false,
    } as (typeof DEFAULT_POLICY.customRules)[number];
    expect(needsRe2({ ...DEFAULT_POLICY, customRules: [rule] })).toBe(true);
    const identifiers = [{ ...DEFAULT_POLICY.pii.identifiers[0]!, pattern: '\\b\\d+\\b' }];
    expect(needsRe2({ ...DEFAULT_POLICY, pii: { ...DEFAULT_POLICY.pii, identifiers } })).toBe(true);
  });
});
