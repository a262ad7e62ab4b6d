/** Be nice: ALL-CAPS shouting, with the same words in sentence case as the fix. */
import { replaceSpan } from '../../fixes.ts';
import { findShouting, sentenceCase } from '../../matchers/shouting.ts';
import { defineRule, settingsOf } from '../../rule.ts';
import { format } from '../../template.ts';
import { competitorRule } from './slam.ts';

export const shoutingRule = defineRule({
  id: 'tone.shouting',
  category: 'tone',
  title: 'Shouting',
  description:
    'Runs of capitalised words; the fix puts them in sentence case and keeps product names in capitals (XPS).',
  guideline: 'be-nice',
  config: {
    at: ['tone', 'shouting'],
    schema: (f) =>
      f.ruleSettings('be-nice', {
        severity: f.severity('info'),
        minLetters: f.z.number().int().min(5).default(20).describe('Minimum capital letters in a run.'),
        minWords: f.z.number().int().min(1).default(3).describe('Minimum words in a run.'),
        message: f.message('That reads as shouting. Try normal capitalisation.', 'Placeholder: {company}.'),
        fixLabel: f.message('Use normal capitalisation', 'Fix label.'),
      }),
  },
  prepare: (_cfg, policy) => ({
    /** Upper-case words kept as they are when fixing shouting (XPS, APEX…). */
    keepUpper: new Set(
      [
        ...policy.brand.terms,
        ...policy.brand.caseSensitiveTerms,
        ...(settingsOf(competitorRule, policy)?.terms ?? []),
      ]
        .flatMap((t) => t.split(/\s+/))
        .filter((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)),
    ),
  }),
  run(r) {
    const { settings: cfg, text } = r;
    for (const s of findShouting(text, cfg.minLetters, cfg.minWords)) {
      const fixed = sentenceCase(text.slice(s.start, s.end), r.prepared.keepUpper);
      r.report({
        severity: cfg.severity,
        message: format(cfg.message, { company: r.policy.company }),
        span: s,
        fixes: [replaceSpan('rewrite', cfg.fixLabel, s, fixed)],
      });
    }
  },
});
