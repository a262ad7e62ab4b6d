import { evaluate, type Draft, type Finding } from '../../../lib/engine/index.ts';
import { DEFAULT_POLICY, type Policy } from '../../../lib/policy/index.ts';

export function draft(text: string, extra: Partial<Draft> = {}): Draft {
  return { text, platform: 'x', surface: 'post', training: { state: 'certified' }, ...extra };
}

export function check(text: string, extra: Partial<Draft> = {}, policy: Policy = DEFAULT_POLICY): Finding[] {
  return evaluate(draft(text, extra), policy);
}

/** [ruleId, highlighted text or null] for compact assertions. */
export function summary(text: string, extra: Partial<Draft> = {}, policy: Policy = DEFAULT_POLICY) {
  return check(text, extra, policy).map((f) => [
    f.ruleId,
    f.start === undefined ? null : text.slice(f.start, f.end),
  ]);
}

export const ids = (text: string, extra: Partial<Draft> = {}, policy: Policy = DEFAULT_POLICY) =>
  check(text, extra, policy).map((f) => f.ruleId);
