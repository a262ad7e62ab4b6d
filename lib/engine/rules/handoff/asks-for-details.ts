/**
 * Leave support to the support team: a draft that asks the customer for their details ("DM me your
 * order number", "what's your service tag?") is doing support work in public, and invites the
 * customer to post personal data. The fix hands the thread to the support handle instead.
 */
import { replaceDraft } from '../../fixes.ts';
import { defineRule, settingsOf } from '../../rule.ts';
import { format } from '../../template.ts';
import type { Span } from '../../spans.ts';
import { termRegex } from '../../terms.ts';
import { handoffRule } from './handoff.ts';

const DETAILS = [
  'order number',
  'service tag',
  'serial number',
  'case number',
  'phone number',
  'number',
  'email',
  'email address',
  'address',
  'details',
  'contact details',
];
const ASKS = [
  'DM me your',
  'DM us your',
  'send me your',
  'message me your',
  'inbox me your',
  "what's your",
  'what is your',
  'share your',
];

export const asksForDetailsRule = defineRule({
  id: 'handoff.asks-for-details',
  category: 'handoff',
  title: 'Asking for details',
  description:
    'The draft asks the customer for their details or to move to a private channel: support work that belongs with the support handle (hand-off reply as the fix).',
  guideline: 'leave-support',
  config: {
    at: ['asksForDetails'],
    schema: (f) =>
      f.ruleSettings('leave-support', {
        severity: f.severity('warn'),
        asks: f.terms.default(ASKS).describe('Phrases that ask the reader for something of theirs.'),
        details: f.terms
          .default(DETAILS)
          .describe(
            'What is asked for: an ask right before one of these is flagged ("DM me your order number").',
          ),
        message: f.message(
          "Asking for a customer's details is support work. Hand it to {handle} instead.",
          'Placeholders: {handle}, {company}.',
        ),
      }),
  },
  prepare: (cfg, policy) => ({
    asks: termRegex(cfg.asks),
    details: termRegex(cfg.details),
    handoff: settingsOf(handoffRule, policy),
  }),
  run(r) {
    const { settings: cfg, prepared, text } = r;
    const asks = r.find(prepared.asks, 20);
    if (asks.length === 0 || r.mentionsSupport()) return;
    // An ask, white space, then a detail: the span covers both.
    const details = r.find(prepared.details, 200);
    let ask: Span | undefined;
    for (const a of asks) {
      const gap = /^\s+/.exec(text.slice(a.end, a.end + 8))?.[0].length ?? 0;
      const detail = gap > 0 ? details.find((d) => d.start === a.end + gap) : undefined;
      if (detail) {
        ask = { start: a.start, end: detail.end };
        break;
      }
    }
    if (!ask) return;
    const handoff = prepared.handoff;
    const handle = handoff.handles[r.draft.platform] ?? handoff.handles.x;
    const vars = { handle, company: r.policy.company };
    r.report({
      severity: cfg.severity,
      message: format(cfg.message, vars),
      span: ask,
      fixes: [
        replaceDraft(
          'hand-off',
          format(handoff.messages.fixLabel, vars),
          text,
          format(handoff.template, vars),
        ),
      ],
    });
  },
});
