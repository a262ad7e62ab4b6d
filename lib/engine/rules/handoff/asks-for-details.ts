/**
 * Leave support to the support team: a draft that asks the customer for their details ("DM me your
 * order number", "what's your service tag?") is doing support work in public, and invites the
 * customer to post personal data. The fix hands the thread to the support handle instead.
 */
import { replaceDraft } from '../../fixes.ts';
import { defineRule, settingsOf } from '../../rule.ts';
import { format } from '../../template.ts';
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
/** "DM me your order number", "what's your service tag"…: an ask followed by a kind of detail. */
const DEFAULT_ASKS = ASKS.flatMap((ask) => DETAILS.map((detail) => `${ask} ${detail}`));

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
        terms: f.terms.default(DEFAULT_ASKS).describe("Phrases that ask for the customer's details."),
        message: f.message(
          "Asking for a customer's details is support work. Hand it to {handle} instead.",
          'Placeholders: {handle}, {company}.',
        ),
      }),
  },
  prepare: (cfg, policy) => ({ terms: termRegex(cfg.terms), handoff: settingsOf(handoffRule, policy) }),
  run(r) {
    const { settings: cfg, prepared, text } = r;
    if (r.mentionsSupport()) return;
    const ask = r.find(prepared.terms, 1)[0];
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
