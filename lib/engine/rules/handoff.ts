/**
 * Leave support to the support team: a complaint in the post being answered gets the one-click
 * hand-off reply; a draft that starts troubleshooting gets an info nudge with the same reply.
 * The fix replaces the whole draft with the reply (an insertion when the draft is empty).
 * Nothing fires once the draft already mentions the support handle.
 */
import type { Ctx } from '../context.ts';
import { findAll, format, replaceDraftEdits } from '../text.ts';
import type { Finding, Fix } from '../types.ts';

export const handoffRule = (ctx: Ctx): Finding[] => {
  const { policy, c, text, draft } = ctx;
  const cfg = policy.handoff;
  if (!cfg.enabled) return [];
  const handle = cfg.handles[draft.platform] ?? cfg.handles.x;
  if (ctx.find(c.handoffHandles, 1).length > 0) return [];
  const guideline = ctx.guideline(cfg.guideline);
  const reply = format(cfg.template, { handle, company: policy.company });
  const fix: Fix = {
    kind: 'hand-off',
    label: format(cfg.messages.fixLabel, { handle }),
    edits: replaceDraftEdits(text, reply),
  };
  const out: Finding[] = [];
  const replyText = typeof draft.replyTo?.text === 'string' ? draft.replyTo.text : '';
  if (replyText && findAll(c.complaint, replyText, 1).length > 0) {
    out.push({
      ruleId: 'handoff.complaint',
      category: 'handoff',
      severity: cfg.severity,
      guideline,
      message: format(cfg.messages.complaint, { handle, company: policy.company }),
      fixes: [fix],
    });
  }
  const t = ctx.find(c.troubleshooting, 1)[0];
  if (t) {
    out.push({
      ruleId: 'handoff.troubleshooting',
      category: 'handoff',
      severity: cfg.troubleshootingSeverity,
      guideline,
      message: format(cfg.messages.troubleshooting, { handle, company: policy.company }),
      start: t.start,
      end: t.end,
      fixes: [fix],
    });
  }
  return out;
};
