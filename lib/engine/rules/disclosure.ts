/**
 * Disclose (FTC 16 CFR 255): a personal account that mentions the company's products must say the
 * author works there, clearly and at the start — not below the "see more" fold and not buried in a
 * trailing cluster of hashtags. Trainees get a reminder on every draft that mentions the brand.
 */
import type { Ctx } from '../context.ts';
import { deletionSpan, format, type TermMatch } from '../text.ts';
import type { Finding, Fix } from '../types.ts';

/** Start offset of the trailing run of hashtags (at least `min` of them), or -1. */
function trailingHashtagCluster(text: string, min: number): number {
  const re = /(?:^|\s)(#[\p{L}\p{N}_]+)\s*$/u;
  let end = text.length;
  let count = 0;
  let start = -1;
  for (;;) {
    const slice = text.slice(0, end);
    const m = re.exec(slice);
    if (!m || !m[1]) break;
    const s = slice.length - m[0].length + (m[0].length - m[0].trimStart().length);
    count++;
    start = s;
    end = s;
    if (count > 200) break;
  }
  return count >= min ? start : -1;
}

export const disclosureRule = (ctx: Ctx): Finding[] => {
  const { policy, text, c, draft } = ctx;
  const cfg = policy.disclosure;
  if (!cfg.enabled) return [];
  const mentions = ctx.brandMentions();
  if (mentions.length === 0) return [];
  const guideline = ctx.guideline(cfg.guideline);
  const out: Finding[] = [];
  const vars = { company: policy.company, insert: cfg.insertText, platform: draft.platform };

  if (draft.training?.state === 'in-training') {
    out.push({
      ruleId: 'disclosure.trainee-reminder',
      category: 'disclosure',
      severity: cfg.traineeSeverity,
      guideline,
      message: format(cfg.messages.traineeReminder, vars),
      fixes: [],
    });
  }
  if (ctx.approvedAccount()) return out;

  const disclosures = ctx.find(c.accepted);
  if (disclosures.length === 0) {
    const unclear = ctx.find(c.unclear)[0];
    const message =
      format(cfg.messages.missing, vars) +
      (unclear ? ' ' + format(cfg.messages.unclearHint, { tag: unclear.text }) : '');
    const sep = text.length === 0 || /^\s/.test(text) ? '' : ' ';
    out.push({
      ruleId: 'disclosure.missing',
      category: 'disclosure',
      severity: cfg.severity,
      guideline,
      message,
      fixes: [
        {
          kind: 'insert-disclosure',
          label: format(cfg.messages.fixInsert, vars),
          edits: [{ start: 0, end: 0, text: cfg.insertText + sep }],
        },
      ],
    });
    return out;
  }

  const fold = cfg.fold[draft.platform] ?? Infinity;
  const clusterStart = trailingHashtagCluster(text, cfg.hashtagClusterMin);
  const buried = (d: TermMatch) => clusterStart >= 0 && d.text.startsWith('#') && d.start >= clusterStart;
  const belowFold = (d: TermMatch) => d.end > fold;
  if (disclosures.some((d) => !buried(d) && !belowFold(d))) return out;

  const d = disclosures[0]!;
  const del = deletionSpan(text, d.start, d.end);
  const moveFix: Fix = {
    kind: 'insert-disclosure',
    label: format(cfg.messages.fixMove, { ...vars, disclosure: d.text }),
    edits: [
      { start: 0, end: 0, text: d.text + (/^\s/.test(text) ? '' : ' ') },
      { start: del.start, end: del.end, text: '' },
    ],
  };
  out.push({
    ruleId: buried(d) ? 'disclosure.buried-in-hashtags' : 'disclosure.below-fold',
    category: 'disclosure',
    severity: buried(d) ? cfg.buriedSeverity : cfg.belowFoldSeverity,
    guideline,
    message: format(buried(d) ? cfg.messages.buried : cfg.messages.belowFold, vars),
    start: d.start,
    end: d.end,
    fixes: [moveFix],
  });
  return out;
};
