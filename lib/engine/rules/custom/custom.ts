/**
 * Admin rules. Patterns run in bounded or linear time (see admin-pattern.ts: no pattern can hang a page); terms use the
 * same literal term matcher as the built-in lists. A fix replaces the match with a literal text.
 */
import { compileAdminPattern } from '../../admin-pattern.ts';
import type { Fields } from '../../../policy/fields.ts';
import { defineRule } from '../../rule.ts';
import type { Span } from '../../spans.ts';
import { format } from '../../template.ts';
import { termRegex } from '../../terms.ts';

const MAX_MATCHES = 100;

/** The finding id of the custom rule `id` (and its optional kind when it is optional). */
export const customFindingId = (id: string) => `custom.${id}`;

const customRuleSchema = (f: Fields) =>
  f.z
    .strictObject({
      id: f.idString,
      pattern: f.z
        .string()
        .optional()
        .describe('RE2 syntax (linear time). Exactly one of pattern and terms.'),
      terms: f.terms.optional(),
      caseSensitive: f.z.boolean().default(false),
      severity: f.severity('warn'),
      optional: f.z
        .boolean()
        .default(false)
        .describe(
          'Employees may switch this rule\'s findings off for themselves ("Don\'t show this kind again"). Not with severity "block".',
        ),
      guideline: f.z.string(),
      message: f.text.describe('Placeholders: {match}, {company}.'),
      fix: f.z.strictObject({ label: f.text, replacement: f.z.string() }).optional(),
    })
    .superRefine((r, ctx) => {
      if ((r.pattern === undefined) === (r.terms === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of "pattern" and "terms"', path: [] });
      }
      if (r.pattern !== undefined) {
        const err = f.checkAdminPattern(r.pattern, r.caseSensitive);
        if (err) ctx.addIssue({ code: 'custom', message: err, path: ['pattern'] });
      }
    });

export const customRule = defineRule({
  id: 'custom',
  category: 'custom',
  title: 'Custom rules',
  description:
    "The admin's own rules: a list of terms or an RE2 pattern, a message, a severity, and optionally a fix that replaces the match.",
  guideline: 'follow-the-law',
  reports: { 'custom.<id>': 'a match of that custom rule' },
  config: {
    at: ['customRules'],
    schema: (f) =>
      f.z.array(customRuleSchema(f)).max(500).default([]).superRefine(f.uniqueIds('custom rule id')),
  },
  guidelineRefs: (rules) => rules.map((r, i) => ({ id: r.guideline, path: [i, 'guideline'] })),
  prepare: (rules) =>
    rules.map((rule) => ({
      rule,
      pattern: rule.pattern !== undefined ? compileAdminPattern(rule.pattern, rule.caseSensitive) : null,
      terms: rule.terms ? termRegex(rule.terms, rule.caseSensitive) : null,
    })),
  run(r) {
    const { text } = r;
    if (text.length === 0) return;
    for (const { rule, pattern, terms } of r.prepared) {
      const spans: readonly Span[] = pattern
        ? pattern.spans(text, MAX_MATCHES)
        : terms
          ? r.find(terms, MAX_MATCHES)
          : [];
      for (const s of spans) {
        r.report({
          id: customFindingId(rule.id),
          severity: rule.severity,
          guideline: rule.guideline,
          message: format(rule.message, { match: text.slice(s.start, s.end), company: r.policy.company }),
          span: s,
          ...(rule.optional ? { optionalKind: customFindingId(rule.id) } : {}),
          fixes: rule.fix
            ? [
                {
                  kind: rule.fix.replacement === '' ? 'remove' : 'rewrite',
                  label: rule.fix.label,
                  edits: [{ start: s.start, end: s.end, text: rule.fix.replacement }],
                },
              ]
            : [],
        });
      }
    }
  },
});
