/** Be nice: personal attacks, with a civil phrase offered in their place. */
import { replaceSpan } from '../../fixes.ts';
import { defineRule } from '../../rule.ts';
import { format } from '../../template.ts';
import { termRegex } from '../../terms.ts';

export const insultRule = defineRule({
  id: 'tone.insult',
  category: 'tone',
  title: 'Insults',
  description: "Personal attacks from the policy's list; the fix replaces them with a civil phrase.",
  guideline: 'be-nice',
  config: {
    at: ['tone', 'insult'],
    schema: (f) =>
      f.ruleSettings('be-nice', {
        severity: f.severity('warn'),
        terms: f.terms.default([]).describe('Insulting words and phrases.'),
        suggestion: f.z
          .string()
          .default('I see it differently')
          .describe('Offered in place of the insult; empty for no fix.'),
        message: f.message(
          '"{term}" reads as a personal attack. Disagree with the idea, not the person.',
          'Placeholders: {term}, {company}.',
        ),
        fixLabel: f.message('Replace with "{suggestion}"', 'Fix label; {suggestion}.'),
      }),
  },
  prepare: (cfg) => ({ terms: termRegex(cfg.terms) }),
  run(r) {
    const { settings: cfg } = r;
    const s = cfg.suggestion;
    for (const m of r.find(r.prepared.terms, 100)) {
      r.report({
        severity: cfg.severity,
        message: format(cfg.message, { company: r.policy.company, term: m.text }),
        span: m,
        fixes: s ? [replaceSpan('rewrite', format(cfg.fixLabel, { suggestion: s }), m, s)] : [],
      });
    }
  },
});
