/** Train first: an untrained or expired author who mentions the brand is pointed to the training. */
import type { Ctx } from '../context.ts';
import { format } from '../text.ts';
import type { Finding } from '../types.ts';

export const trainingRule = (ctx: Ctx): Finding[] => {
  const { policy, draft } = ctx;
  const cfg = policy.training;
  const state = draft.training?.state;
  if (!cfg.enabled || (state !== 'none' && state !== 'expired')) return [];
  if (ctx.brandMentions().length === 0) return [];
  return [
    {
      ruleId: 'training.required',
      category: 'training',
      severity: cfg.severity,
      guideline: ctx.guideline(cfg.guideline),
      message: format(state === 'none' ? cfg.messages.none : cfg.messages.expired, {
        company: policy.company,
        url: cfg.url,
      }),
      fixes: [],
    },
  ];
};
