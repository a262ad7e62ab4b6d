/**
 * What a policy may cost. A policy is enforced on every keystroke pause in every compose box of
 * thousands of browsers, so parsePolicy refuses one that would make a check slow: static budgets
 * (document size, total terms, total size of the admin patterns' RE2 programs), then a trial check
 * on a long draft, timed. The figures come from `npm run bench` (policy cost): with 2,500 terms a
 * check of 3,000 characters takes about 0.3 ms on a 2-core machine; past about 3,000 terms in one
 * list the regex engine stops compiling the matcher to machine code and the same check takes 20 ms.
 */
import { adminPatterns } from '../engine/admin-pattern.ts';
import { evaluate } from '../engine/evaluate.ts';
import { RE2JS } from '../engine/re2.ts';
import { DEFAULT_POLICY } from './default-policy.ts';
import type { PolicyError } from './parse.ts';
import type { Policy } from './schema.ts';

export const POLICY_BUDGET = {
  /** Characters of the document as JSON. */
  bytes: 1_000_000,
  /** Terms in all the term lists together. */
  terms: 3_000,
  /** Instructions of all admin patterns' RE2 programs together (custom rules and identifiers). */
  programSize: 20_000,
  /** Milliseconds a first (cold) check of a 3,000-character draft may take… */
  trialMs: 1_000,
  /** …unless the built-in policy's, timed at the same moment, is within this ratio (a busy machine). */
  trialRatio: 10,
};

/** Every string in a list anywhere in the policy, but the course (guidelines). */
function termCount(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce<number>((n, v) => n + (typeof v === 'string' ? 1 : termCount(v)), 0);
  if (value && typeof value === 'object')
    return Object.entries(value).reduce((n, [k, v]) => n + (k === 'guidelines' ? 0 : termCount(v)), 0);
  return 0;
}

function programSize(policy: Policy): number {
  return adminPatterns(policy).reduce((n, { source, caseSensitive }) => {
    try {
      return n + RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE).programSize();
    } catch {
      return n; // the schema refuses it already
    }
  }, 0);
}

/** The document's size, before it is parsed. */
export function sizeError(json: string): PolicyError | null {
  return json.length > POLICY_BUDGET.bytes
    ? {
        path: '',
        message: `the policy is ${json.length.toLocaleString('en')} characters; the limit is ${POLICY_BUDGET.bytes.toLocaleString('en')}`,
      }
    : null;
}

/** A draft that exercises every matcher: the policy's own terms among ordinary words and numbers. */
function trialDraft(policy: Policy): string {
  const lists = [
    policy.brand.terms,
    ...policy.confidential.topics.map((t) => t.terms),
    policy.tone.insult.terms,
  ];
  const words = lists.flatMap((l) => l.slice(0, 20));
  let text = '';
  for (let i = 0; text.length < 3000; i++) {
    text += `${words[i % Math.max(1, words.length)] ?? 'word'} and a number 512-555-01${i % 100} or name${i}@example.com. `;
  }
  return text.slice(0, 3000);
}

/** Milliseconds of a first check of the trial draft with `policy` (its matchers compiled too). */
function coldCheckMs(policy: Policy): number {
  const started = performance.now();
  const draft = trialDraft(policy);
  evaluate(
    {
      text: draft,
      platform: 'linkedin',
      surface: 'reply',
      replyTo: { text: draft.slice(0, 1000) },
      training: { state: 'none' },
    },
    policy,
  );
  return performance.now() - started;
}

/** Budget errors of a valid policy; empty when it is within every budget. */
export function budgetErrors(policy: Policy, trialCheck = true): PolicyError[] {
  const errors: PolicyError[] = [];
  const terms = termCount(policy);
  if (terms > POLICY_BUDGET.terms)
    errors.push({
      path: '',
      message: `the policy has ${terms.toLocaleString('en')} terms in its lists; the limit is ${POLICY_BUDGET.terms.toLocaleString('en')} (each term is matched on every check)`,
    });
  const program = programSize(policy);
  if (program > POLICY_BUDGET.programSize)
    errors.push({
      path: 'customRules',
      message: `the patterns compile to ${program.toLocaleString('en')} RE2 instructions together; the limit is ${POLICY_BUDGET.programSize.toLocaleString('en')}`,
    });
  if (errors.length > 0 || !trialCheck) return errors;
  const took = coldCheckMs(policy);
  // A busy machine slows every check alike: a trial over time counts only if it is also far slower
  // than the built-in policy's, timed now (a fresh copy, so its matchers are compiled again too).
  if (
    took > POLICY_BUDGET.trialMs &&
    took > POLICY_BUDGET.trialRatio * coldCheckMs(structuredClone(DEFAULT_POLICY))
  )
    errors.push({
      path: '',
      message: `checking a 3,000-character draft with this policy took ${Math.round(took)} ms; the limit is ${POLICY_BUDGET.trialMs} ms. Shorten its term lists or patterns.`,
    });
  return errors;
}
