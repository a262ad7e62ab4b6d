/**
 * Be responsible: don't slam competitors, and support a side without slamming the other side. A
 * slam is a target term (a competitor, the other side) within a few words of a negative word.
 *
 * A rival's product or support is also run down without any such word, by a complaint: the
 * sentence that names the competitor shows two kinds of complaint signal (a symptom, a part, a
 * negative turn: the hand-off lexicon, matchers/complaint.ts), as in "Acer customer care is
 * helpless, battery dead after 4 days".
 */
import type { Fields } from '../../../policy/fields.ts';
import { complaintSignals, kindsOf, type ComplaintLexicon } from '../../matchers/complaint.ts';
import { defineRule, settingsOf } from '../../rule.ts';
import { complaintLexicon, handoffRule } from '../handoff/handoff.ts';
import type { Span } from '../../spans.ts';
import { format } from '../../template.ts';
import { termRegex, type Searchable, type TermMatch } from '../../terms.ts';

/** Shared by both slam rules, at `tone.negativeTerms`. */
const negativeTerms = (f: Fields) =>
  f.terms.default([]).describe('Negative words that make a competitor or other-side mention a slam.');

/** One negative-words regex per policy for both slam rules, so a check scans for them once. */
const negativesOf = new WeakMap<object, Searchable | null>();
function negatives(policy: object): Searchable | null {
  if (!negativesOf.has(policy)) {
    const list = (policy as { tone?: { negativeTerms?: string[] } }).tone?.negativeTerms ?? [];
    negativesOf.set(policy, termRegex(list));
  }
  return negativesOf.get(policy)!;
}

/** The hand-off rule's complaint lexicon, compiled once per policy. */
const lexiconOf = new WeakMap<object, ComplaintLexicon | null>();
function lexicon(policy: object): ComplaintLexicon | null {
  if (!lexiconOf.has(policy)) {
    const handoff = settingsOf(handoffRule, policy) as Parameters<typeof complaintLexicon>[0] | undefined;
    lexiconOf.set(policy, handoff ? complaintLexicon(handoff) : null);
  }
  return lexiconOf.get(policy)!;
}

const SENTENCE_END = /[.!?\n]/;

/** The sentence around a span: from after the previous sentence end to the next one. */
function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  let end = span.end;
  while (end < text.length && !SENTENCE_END.test(text.charAt(end))) end++;
  return { start, end };
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
  info: { title: string; description: string; message: string; complaints: boolean },
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
      complaints: info.complaints ? lexicon(policy) : null,
    }),
    run(r) {
      const { settings: cfg, prepared, text } = r;
      if (!prepared.targets) return;
      const targets = r.find(prepared.targets, 200);
      if (targets.length === 0) return;
      const found = slams(targets, r.find(prepared.negatives, 500), cfg.window);
      if (prepared.complaints) {
        for (const target of targets) {
          if (found.some((f) => f.target === target)) continue;
          const s = sentenceAround(text, target);
          if (kindsOf(complaintSignals(text.slice(s.start, s.end), prepared.complaints)) >= 2)
            found.push({ target, span: target });
        }
      }
      for (const { target, span } of found) {
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
  complaints: true,
});

export const otherSideRule = slamRule('tone.other-side', 'otherSide', {
  title: 'Slamming the other side',
  description:
    'A political side, team or cause named near a negative word: support your side, never slam the other.',
  message: 'Support your side without slamming the other side ("{term}").',
  complaints: false,
});
