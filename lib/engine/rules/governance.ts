/**
 * Governance: a handle that looks company-branded (contains a marker such as "AtDell") must be on
 * the approved list, and an approved account must not post after its sunset date. The sunset is
 * only checked when draft.now is given (the engine never reads the clock).
 */
import type { Ctx } from '../context.ts';
import { format, normHandle } from '../text.ts';
import type { Finding } from '../types.ts';

export const governanceRule = (ctx: Ctx): Finding[] => {
  const { policy, draft, c, text } = ctx;
  const cfg = policy.governance;
  const handle = typeof draft.account?.handle === 'string' ? draft.account.handle.trim() : '';
  if (!cfg.enabled || !handle || text.trim().length === 0) return [];
  const key = normHandle(handle);
  const guideline = ctx.guideline(cfg.guideline);
  const approved = c.approved.get(key);
  if (approved) {
    if (approved.sunset && draft.now) {
      const now = Date.parse(draft.now);
      const sunset = Date.parse(
        approved.sunset.length === 10 ? approved.sunset + 'T23:59:59.999Z' : approved.sunset,
      );
      if (!Number.isNaN(now) && !Number.isNaN(sunset) && now > sunset) {
        return [
          {
            ruleId: 'governance.sunset',
            category: 'governance',
            severity: cfg.sunsetSeverity,
            guideline,
            message: format(cfg.messages.sunset, {
              handle,
              sunset: approved.sunset,
              company: policy.company,
            }),
            fixes: [],
          },
        ];
      }
    }
    return [];
  }
  if (!c.brandedMarkers.some((m) => key.includes(m))) return [];
  return [
    {
      ruleId: 'governance.unapproved',
      category: 'governance',
      severity: cfg.severity,
      guideline,
      message: format(cfg.messages.unapproved, { handle, company: policy.company }),
      fixes: [],
    },
  ];
};
