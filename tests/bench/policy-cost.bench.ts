/**
 * What a policy's size costs per check (the figures behind POLICY_BUDGET in lib/policy/budget.ts):
 * a 3,000-character LinkedIn post checked with 1,000 and 2,500 confidential terms, with 3,000 (over
 * the budget), and with the built-in policy for comparison.
 */
import { bench, describe } from 'vitest';
import { evaluate, type Draft } from '../../lib/engine/index.ts';
import {
  DEFAULT_POLICY,
  DEFAULT_POLICY_INPUT,
  parsePolicy,
  PolicySchema,
  type Policy,
} from '../../lib/policy/index.ts';

/** Pseudo-random lower-case words and two-word phrases, the same on every run. */
function terms(n: number, seed: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff);
  return Array.from({ length: n }, (_, i) => {
    let w = '';
    for (let j = 0, len = 4 + (next() % 8); j < len; j++) w += String.fromCharCode(97 + (next() % 26));
    return i % 3 ? `${w} ${w.slice(2)}` : w;
  });
}

function topics(total: number) {
  return Array.from({ length: 10 }, (_, i) => ({
    id: `t${i}`,
    title: `Topic ${i}`,
    terms: terms(total / 10, i + 1),
    specialists: 'Legal',
  }));
}

function withTerms(total: number): Policy {
  const r = parsePolicy({ ...DEFAULT_POLICY_INPUT, confidential: { topics: topics(total) } });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

/** The same, past the budget: built by the schema alone, as parsePolicy would refuse it. */
function withTermsUnchecked(total: number): Policy {
  return PolicySchema.parse({ ...DEFAULT_POLICY_INPUT, confidential: { topics: topics(total) } });
}

const draft: Draft = {
  text: 'We shipped the new laptop to customers in many countries; they love the battery and the screen. '
    .repeat(40)
    .slice(0, 3000),
  platform: 'linkedin',
  surface: 'post',
  training: { state: 'certified' },
};
const policies: [string, Policy][] = [
  ['built-in policy', DEFAULT_POLICY],
  ['1,000 terms', withTerms(1000)],
  ['2,500 terms (about the budget, with the built-in lists)', withTerms(2500)],
  ['3,000 terms (over the budget: refused by parsePolicy)', withTermsUnchecked(3000)],
];
for (const [, p] of policies) evaluate(draft, p); // compile outside the timing

describe('policy cost: one check of 3,000 characters', () => {
  for (const [name, policy] of policies) bench(name, () => void evaluate(draft, policy));
});
