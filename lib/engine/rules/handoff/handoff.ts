/**
 * Leave support to the support team: a complaint in the post being answered gets the one-click
 * hand-off reply; a draft that starts troubleshooting gets an info nudge with the same reply.
 * The fix replaces the whole draft with the reply (an insertion when the draft is empty).
 * Nothing fires once the draft already names the support handle.
 */
import { replaceDraft } from '../../fixes.ts';
import { defineRule } from '../../rule.ts';
import { format } from '../../template.ts';
import { findAll, termRegex } from '../../terms.ts';

export const handoffRule = defineRule({
  id: 'handoff',
  category: 'handoff',
  title: 'Hand-off to support',
  description:
    'Customer-service complaints go to the support handle instead of being handled in public; the fix replaces the draft with the hand-off reply.',
  guideline: 'leave-support',
  reports: {
    'handoff.complaint': 'the post being answered is a support complaint',
    'handoff.troubleshooting': 'the draft starts troubleshooting in public',
  },
  config: {
    at: ['handoff'],
    schema: (f) =>
      f.ruleSettings('leave-support', {
        severity: f.severity('warn').describe('Severity of `handoff.complaint`.'),
        troubleshootingSeverity: f.severity('info').describe('Severity of `handoff.troubleshooting`.'),
        handles: f
          .perPlatform(f.nonEmpty)
          .default({ x: '@Support', facebook: '@Support', linkedin: 'Support' })
          .describe('The support handle to hand off to, per platform.'),
        complaintTerms: f.terms
          .default([])
          .describe('Phrases that make the post being answered a customer-service complaint.'),
        troubleshootingTerms: f.terms
          .default([])
          .describe('Phrases that show the draft is starting to troubleshoot in public.'),
        template: f.nonEmpty
          .default("Hey, I'm really sorry you're experiencing that. {handle}, can you take care of that?")
          .describe("The hand-off reply; {handle} is the platform's support handle, {company}."),
        messages: f.messages({
          complaint: f.message(
            'This is a support request. Hand it to {handle} instead of handling it yourself.',
            'Placeholders: {handle}, {company}.',
          ),
          troubleshooting: f.message(
            'Troubleshooting belongs with {handle}. Consider handing it off.',
            'Placeholders: {handle}, {company}.',
          ),
          fixLabel: f.message('Hand off to {handle}', 'Fix label; {handle}.'),
        }),
      }),
  },
  prepare: (cfg) => ({
    complaint: termRegex(cfg.complaintTerms),
    troubleshooting: termRegex(cfg.troubleshootingTerms),
  }),
  run(r) {
    const { settings: cfg, prepared, text, draft } = r;
    if (r.mentionsSupport()) return;
    const handle = cfg.handles[draft.platform] ?? cfg.handles.x;
    const vars = { handle, company: r.policy.company };
    const fix = replaceDraft(
      'hand-off',
      format(cfg.messages.fixLabel, vars),
      text,
      format(cfg.template, vars),
    );
    if (r.replyText && findAll(prepared.complaint, r.replyText, 1).length > 0) {
      r.report({
        id: 'handoff.complaint',
        severity: cfg.severity,
        message: format(cfg.messages.complaint, vars),
        fixes: [fix],
      });
    }
    const t = r.find(prepared.troubleshooting, 1)[0];
    if (t) {
      r.report({
        id: 'handoff.troubleshooting',
        severity: cfg.troubleshootingSeverity,
        message: format(cfg.messages.troubleshooting, vars),
        span: t,
        fixes: [fix],
      });
    }
  },
});
