/**
 * evaluate(draft, policy): the whole check. Pure and deterministic: no DOM, no browser API, no
 * clock (sunset checks use draft.now). Expensive preparation is cached per policy object.
 *
 * Order of the result: whole-draft findings (no start/end) FIRST, then span findings by start,
 * then end; ties by severity (block, warn, info) and ruleId.
 */
import type { Policy } from '../policy/schema.ts';
import { compile } from './compile.ts';
import { makeCtx, type Rule } from './context.ts';
import { confidentialRule } from './rules/confidential.ts';
import { customRule } from './rules/custom.ts';
import { disclosureRule } from './rules/disclosure.ts';
import { governanceRule } from './rules/governance.ts';
import { handoffRule } from './rules/handoff.ts';
import { lengthRule } from './rules/length.ts';
import { piiRule } from './rules/pii.ts';
import { toneRule } from './rules/tone.ts';
import { trainingRule } from './rules/training.ts';
import type { Draft, Finding, Severity } from './types.ts';

const RULES: readonly Rule[] = [
  governanceRule,
  trainingRule,
  disclosureRule,
  piiRule,
  toneRule,
  confidentialRule,
  handoffRule,
  lengthRule,
  customRule,
];

const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  const as = a.start ?? -1;
  const bs = b.start ?? -1;
  return (
    as - bs ||
    (a.end ?? -1) - (b.end ?? -1) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

export function evaluate(draft: Draft, policy: Policy): Finding[] {
  const text = typeof draft?.text === 'string' ? draft.text : '';
  const c = compile(policy);
  const ctx = makeCtx(draft, text, policy, c);
  const out: Finding[] = [];
  for (const rule of RULES) out.push(...rule(ctx));
  out.sort(compareFindings);
  // Drop exact duplicates (same rule on the same span).
  return out.filter(
    (f, i) =>
      i === 0 ||
      !(out[i - 1]!.ruleId === f.ruleId && out[i - 1]!.start === f.start && out[i - 1]!.end === f.end),
  );
}
