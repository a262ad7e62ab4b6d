import { describe, expect, it } from 'vitest';
import { findingKeys, fixOutcomeMetric } from '../../../lib/content/findings';
import type { Finding, Fix } from '../../../lib/engine/types';

const finding = (ruleId: string, start?: number, end?: number): Finding => ({
  ruleId,
  category: 'pii',
  severity: 'warn',
  guideline: 'Protect the customer',
  message: 'm',
  start,
  end,
  fixes: [],
});

describe('findingKeys', () => {
  it('keys by rule and flagged text, so typing elsewhere keeps a dismissal', () => {
    const a = findingKeys([finding('pii.email', 0, 5)], 'a@b.c hello');
    const b = findingKeys([finding('pii.email', 4, 9)], 'hi! a@b.c hello');
    expect(a).toEqual(b);
  });

  it('tells two occurrences of the same text apart', () => {
    const keys = findingKeys([finding('pii.email', 0, 5), finding('pii.email', 6, 11)], 'a@b.c a@b.c');
    expect(new Set(keys).size).toBe(2);
  });

  it('keys whole-draft findings by rule', () => {
    expect(findingKeys([finding('handoff.complaint')], '')).toEqual(['handoff.complaint||0']);
  });
});

describe('fixOutcomeMetric', () => {
  it('counts hand-offs and disclosures besides the fix itself', () => {
    const fix = (kind: Fix['kind']): Fix => ({ kind, label: '', edits: [] });
    expect(fixOutcomeMetric(fix('hand-off'))).toBe('handoff');
    expect(fixOutcomeMetric(fix('insert-disclosure'))).toBe('disclosure-added');
    expect(fixOutcomeMetric(fix('redact'))).toBeUndefined();
    expect(fixOutcomeMetric(fix('rewrite'))).toBeUndefined();
  });
});
