/**
 * Admin rules. Patterns run on re2js (linear time, so no pattern can hang a page); terms use the
 * same literal term matcher as the built-in lists. A fix replaces the match with a literal text.
 */
import type { Ctx } from '../context.ts';
import { format, type Span } from '../text.ts';
import type { Finding } from '../types.ts';

const MAX_MATCHES = 100;

export const customRule = (ctx: Ctx): Finding[] => {
  const { c, text, policy } = ctx;
  const out: Finding[] = [];
  if (text.length === 0) return out;
  for (const { rule, re2, terms } of c.custom) {
    const spans: Span[] = [];
    if (re2) {
      const m = re2.matcher(text);
      while (spans.length < MAX_MATCHES && m.find()) {
        const start = m.start();
        const end = m.end();
        if (end > start) spans.push({ start, end });
      }
    } else if (terms) {
      spans.push(...ctx.find(terms, MAX_MATCHES));
    }
    for (const s of spans) {
      out.push({
        ruleId: `custom.${rule.id}`,
        category: 'custom',
        severity: rule.severity,
        guideline: ctx.guideline(rule.guideline),
        message: format(rule.message, { match: text.slice(s.start, s.end), company: policy.company }),
        start: s.start,
        end: s.end,
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
  return out;
};
