/**
 * Governance: a handle that looks company-branded (contains a marker such as "AtDell") must be on
 * the approved list, and an approved account must not post after its sunset date. The sunset is
 * only checked when draft.now is given (the engine never reads the clock).
 */
import { normHandle } from '../../handles.ts';
import type { Fields } from '../../../policy/fields.ts';
import { defineRule } from '../../rule.ts';
import { format } from '../../template.ts';

const approvedAccountSchema = (f: Fields) =>
  f.z.strictObject({
    handle: f.nonEmpty,
    sunset: f.isoDate.optional().describe('After this date the account must no longer post.'),
    owner: f.z.string().optional(),
  });

/** The end of the sunset day (a date without a time lasts the whole day, UTC). */
function sunsetTime(sunset: string): number {
  return Date.parse(sunset.length === 10 ? sunset + 'T23:59:59.999Z' : sunset);
}

export const governanceRule = defineRule({
  id: 'governance',
  category: 'governance',
  title: 'Branded accounts',
  description:
    'A handle that looks company-branded (contains a marker such as "AtDell") must be on the approved list, and must not post after its sunset date.',
  guideline: 'governance',
  reports: {
    'governance.unapproved': 'a branded-looking handle that is not approved',
    'governance.sunset': 'an approved account past its sunset date',
  },
  config: {
    at: ['governance'],
    schema: (f) =>
      f.ruleSettings('governance', {
        brandedMarkers: f.terms
          .default([])
          .describe('Substrings (case-insensitive) that make a handle look company-branded.'),
        approvedAccounts: f.z.array(approvedAccountSchema(f)).max(10000).default([]),
        severity: f.severity('block').describe('Severity of `governance.unapproved`.'),
        sunsetSeverity: f.severity('block').describe('Severity of `governance.sunset`.'),
        messages: f.messages({
          unapproved: f.message(
            '{handle} looks like a company-branded account but is not on the approved list.',
            'Placeholders: {handle}, {company}.',
          ),
          sunset: f.message(
            '{handle} was retired on {sunset}. Branded accounts must not post after their sunset date.',
            'Placeholders: {handle}, {sunset}, {company}.',
          ),
        }),
      }),
  },
  prepare: (cfg) => ({
    approved: new Map(cfg.approvedAccounts.map((a) => [normHandle(a.handle), a])),
    markers: cfg.brandedMarkers.map((m) => m.replace(/\s+/g, '').toLowerCase()),
  }),
  run(r) {
    const { settings: cfg, prepared, draft, text } = r;
    const handle = typeof draft.account?.handle === 'string' ? draft.account.handle.trim() : '';
    if (!handle || text.trim().length === 0) return;
    const key = normHandle(handle);
    const vars = { handle, company: r.policy.company };
    const approved = prepared.approved.get(key);
    if (approved) {
      const now = draft.now ? Date.parse(draft.now) : NaN;
      if (approved.sunset && now > sunsetTime(approved.sunset)) {
        r.report({
          id: 'governance.sunset',
          severity: cfg.sunsetSeverity,
          message: format(cfg.messages.sunset, { ...vars, sunset: approved.sunset }),
        });
      }
      return;
    }
    if (prepared.markers.some((m) => key.includes(m))) {
      r.report({
        id: 'governance.unapproved',
        severity: cfg.severity,
        message: format(cfg.messages.unapproved, vars),
      });
    }
  },
});
