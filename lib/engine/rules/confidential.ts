/** Keep confidential topics with specialists: each topic term found is routed to its specialists. */
import type { Ctx } from '../context.ts';
import { format } from '../text.ts';
import type { Finding } from '../types.ts';

export const confidentialRule = (ctx: Ctx): Finding[] => {
  const { policy, c } = ctx;
  const cfg = policy.confidential;
  if (!cfg.enabled) return [];
  const guideline = ctx.guideline(cfg.guideline);
  return ctx.find(c.confidential, 200).flatMap((m) => {
    const topic = cfg.topics[m.group];
    if (!topic) return [];
    return [
      {
        ruleId: `confidential.${topic.id}`,
        category: 'confidential' as const,
        severity: topic.severity ?? cfg.severity,
        guideline,
        message: format(topic.message ?? cfg.message, {
          topic: topic.title,
          specialists: topic.specialists,
          term: m.text,
          company: policy.company,
        }),
        start: m.start,
        end: m.end,
        fixes: [],
      },
    ];
  });
};
