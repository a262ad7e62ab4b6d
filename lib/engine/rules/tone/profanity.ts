/** Be nice: profanity, including obfuscated spellings, from a built-in list and the policy's own. */
import { removeSpan } from '../../fixes.ts';
import { findProfanity, type ProfanityLists } from '../../matchers/profanity.ts';
import { defineRule } from '../../rule.ts';
import { format } from '../../template.ts';
import { termRegex } from '../../terms.ts';

export const profanityRule = defineRule({
  id: 'tone.profanity',
  category: 'tone',
  title: 'Profanity',
  description:
    "Swear words, also when disguised (f.u.c.k, sh1t, f*ck): obscenity's English list plus the policy's extra terms. Clean words with a rude root (Scunthorpe, cocktail) stay quiet.",
  guideline: 'be-nice',
  config: {
    at: ['tone', 'profanity'],
    schema: (f) =>
      f.ruleSettings('be-nice', {
        severity: f.severity('warn'),
        builtIn: f.z.boolean().default(true).describe("Use the built-in English list (obscenity's)."),
        extraTerms: f.terms.default([]).describe('More words to flag.'),
        allowTerms: f.terms.default([]).describe('Words never to flag.'),
        message: f.message('Keep it clean: "{term}" is profanity.', 'Placeholders: {term}, {company}.'),
        fixLabel: f.message('Remove "{term}"', 'Fix label; {term}.'),
      }),
  },
  prepare: (cfg): ProfanityLists => ({
    builtIn: cfg.builtIn,
    extra: termRegex(cfg.extraTerms),
    allow: new Set(cfg.allowTerms.map((t) => t.toLowerCase())),
  }),
  run(r) {
    const { settings: cfg, text } = r;
    for (const m of findProfanity(text, r.prepared, r.lower())) {
      r.report({
        severity: cfg.severity,
        message: format(cfg.message, { company: r.policy.company, term: m.text }),
        span: m,
        fixes: [removeSpan(format(cfg.fixLabel, { term: m.text }), text, m)],
      });
    }
  },
});
