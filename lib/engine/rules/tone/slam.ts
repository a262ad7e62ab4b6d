/**
 * Be responsible: don't slam competitors, and support a side without slamming the other side. A
 * slam is a target term (a competitor, the other side) within a few words of a negative word.
 */
import type { Fields } from '../../../policy/fields.ts';
import { defineRule } from '../../rule.ts';
import type { Span } from '../../spans.ts';
import { format } from '../../template.ts';
import { termRegex, type TermMatch } from '../../terms.ts';

/** Shared by both slam rules, at `tone.negativeTerms`. */
const negativeTerms = (f: Fields) =>
  f.terms.default([]).describe('Negative words that make a competitor or other-side mention a slam.');

/** One negative-words regex per policy for both slam rules, so a check scans for them once. */
const negativesOf = new WeakMap<object, RegExp | null>();
function negatives(policy: object): RegExp | null {
  if (!negativesOf.has(policy)) {
    const list = (policy as { tone?: { negativeTerms?: string[] } }).tone?.negativeTerms ?? [];
    negativesOf.set(policy, termRegex(list));
  }
  return negativesOf.get(policy)!;
}

/** Pairs of (target, negative word) within `window` characters of each other. */
function slams(targets: readonly TermMatch[], negatives: readonly TermMatch[], window: number) {
  const out: { target: TermMatch; span: Span }[] = [];
  for (const t of targets) {
    const n = negatives.find(
      (n) => (n.start >= t.end ? n.start - t.end : t.start - n.end) <= window && n.start !== t.start,
    );
    if (n) out.push({ target: t, span: { start: Math.min(t.start, n.start), end: Math.max(t.end, n.end) } });
  }
  return out;
}

function slamRule<Id extends string, Key extends string>(
  id: Id,
  key: Key,
  info: { title: string; description: string; message: string },
) {
  return defineRule({
    id,
    category: 'tone',
    title: info.title,
    description: info.description,
    guideline: 'be-responsible',
    config: {
      at: ['tone', key],
      shared: { negativeTerms },
      schema: (f) =>
        f.ruleSettings('be-responsible', {
          severity: f.severity('warn'),
          terms: f.terms.default([]).describe('The targets.'),
          window: f.z
            .number()
            .int()
            .min(1)
            .max(300)
            .default(60)
            .describe('Characters between a target and a negative word to count as a slam.'),
          message: f.message(info.message, 'Placeholders: {term} (the target), {company}.'),
        }),
    },
    prepare: (cfg, policy) => ({
      targets: termRegex(cfg.terms),
      negatives: negatives(policy),
    }),
    run(r) {
      const { settings: cfg, prepared } = r;
      if (!prepared.targets) return;
      const negatives = r.find(prepared.negatives, 500);
      if (negatives.length === 0) return;
      for (const { target, span } of slams(r.find(prepared.targets, 200), negatives, cfg.window)) {
        r.report({
          severity: cfg.severity,
          message: format(cfg.message, { company: r.policy.company, term: target.text }),
          span,
        });
      }
    },
  });
}

export const competitorRule = slamRule('tone.competitor', 'competitor', {
  title: 'Slamming competitors',
  description: 'A competitor named near a negative word. Talk about what the company does well instead.',
  message: "Don't slam competitors like {term}. Talk about what we do well instead.",
});

export const otherSideRule = slamRule('tone.other-side', 'otherSide', {
  title: 'Slamming the other side',
  description:
    'A political side, team or cause named near a negative word: support your side, never slam the other.',
  message: 'Support your side without slamming the other side ("{term}").',
});
