/**
 * Disclose (FTC 16 CFR 255): a personal account that mentions the company's products must say the
 * author works there, clearly and at the start — not below the "see more" fold and not buried in a
 * trailing cluster of hashtags. Trainees get a reminder on every draft that mentions the brand.
 */
import { defineRule } from '../../rule.ts';
import { deletionSpan } from '../../spans.ts';
import { format } from '../../template.ts';
import { termRegex, type TermMatch } from '../../terms.ts';
import type { Fix } from '../../types.ts';

const ROLES = [
  'employee',
  'engineer',
  'developer',
  'designer',
  'architect',
  'manager',
  'director',
  'lead',
  'intern',
  'specialist',
  'consultant',
  'analyst',
  'representative',
  'rep',
  'technician',
  'strategist',
  'marketer',
  'scientist',
  'executive',
  'team member',
];

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

export const disclosureRule = defineRule({
  id: 'disclosure',
  category: 'disclosure',
  title: 'Disclosure',
  description:
    'A draft that mentions the brand must say, at the start, that the author works for the company: not behind "see more", not among trailing hashtags. Skipped for approved branded accounts.',
  guideline: 'disclose',
  reports: {
    'disclosure.missing':
      'the brand is mentioned and no accepted disclosure is in the draft (fix: insert it at the start)',
    'disclosure.below-fold':
      'the disclosure is past the platform\'s "see more" fold (fix: move it to the start)',
    'disclosure.buried-in-hashtags':
      'the disclosure hides in a trailing cluster of hashtags (fix: move it to the start)',
    'disclosure.trainee-reminder':
      'the author is in training: a reminder on every draft that mentions the brand',
  },
  config: {
    at: ['disclosure'],
    schema: (f) =>
      f.ruleSettings('disclose', {
        severity: f.severity('warn').describe('Severity of `disclosure.missing`.'),
        belowFoldSeverity: f.severity('warn').describe('Severity of `disclosure.below-fold`.'),
        buriedSeverity: f.severity('warn').describe('Severity of `disclosure.buried-in-hashtags`.'),
        traineeSeverity: f.severity('info').describe('Severity of `disclosure.trainee-reminder`.'),
        accepted: f.terms.default([]).describe('Accepted disclosures (phrases or hashtags).'),
        roles: f.terms
          .default(ROLES)
          .describe(
            'Job titles that disclose with the company: "as an engineer at {company}", "a {company} product manager"; "part of the {company} team" is accepted without one.',
          ),
        unclear: f.terms
          .default(['#sp', '#spon', '#partner', '#ee', '#collab', '#ambassador'])
          .describe('Tags that are not clear enough on their own (named in the message when present).'),
        insertText: f.text
          .default('#IWorkForCompany')
          .describe('Inserted at the start of the draft by the one-click fix (followed by a space).'),
        fold: f
          .perPlatform(f.z.number().int().positive())
          .default({ x: 280, facebook: 480, linkedin: 210 })
          .describe('Characters visible before "see more", per platform.'),
        hashtagClusterMin: f.z
          .number()
          .int()
          .min(2)
          .default(3)
          .describe('A trailing run of at least this many hashtags is a cluster a disclosure can hide in.'),
        messages: f.messages({
          missing: f.message(
            'You mention {company} products. Say that you work for {company}, at the start: "{insert}".',
            'Placeholders: {company}, {insert}, {platform}.',
          ),
          unclearHint: f.message(
            '"{tag}" is not a clear disclosure on its own.',
            'Appended to `missing`; {tag}.',
          ),
          belowFold: f.message(
            'Your disclosure is hidden behind "see more" on {platform}. Move it to the start.',
            'Placeholders: {company}, {insert}, {platform}.',
          ),
          buried: f.message(
            'Your disclosure is buried among hashtags at the end. Move it to the start.',
            'Placeholders: {company}, {insert}, {platform}.',
          ),
          traineeReminder: f.message(
            'While you are in training: always disclose that you work for {company} when you mention its products.',
            'Placeholders: {company}, {insert}, {platform}.',
          ),
          fixInsert: f.message('Add "{insert}" at the start', 'Fix label; {insert}.'),
          fixMove: f.message('Move "{disclosure}" to the start', 'Fix label; {disclosure}.'),
        }),
      }),
  },
  prepare: (cfg) => ({ unclear: termRegex(cfg.unclear) }),
  run(r) {
    const { settings: cfg, text, draft } = r;
    const mentions = r.brandMentions();
    if (mentions.length === 0) return;
    const vars = { company: r.policy.company, insert: cfg.insertText, platform: draft.platform };

    if (draft.training?.state === 'in-training') {
      r.report({
        id: 'disclosure.trainee-reminder',
        severity: cfg.traineeSeverity,
        message: format(cfg.messages.traineeReminder, vars),
      });
    }
    if (r.approvedAccount()) return;

    const disclosures = r.disclosures();
    if (disclosures.length === 0) {
      const unclear = r.find(r.prepared.unclear)[0];
      const sep = text.length === 0 || /^\s/.test(text) ? '' : ' ';
      r.report({
        id: 'disclosure.missing',
        severity: cfg.severity,
        message:
          format(cfg.messages.missing, vars) +
          (unclear ? ' ' + format(cfg.messages.unclearHint, { tag: unclear.text }) : ''),
        fixes: [
          {
            kind: 'insert-disclosure',
            label: format(cfg.messages.fixInsert, vars),
            edits: [{ start: 0, end: 0, text: cfg.insertText + sep }],
          },
        ],
      });
      return;
    }

    const fold = cfg.fold[draft.platform] ?? Infinity;
    const clusterStart = trailingHashtagCluster(text, cfg.hashtagClusterMin);
    const buried = (d: TermMatch) => clusterStart >= 0 && d.text.startsWith('#') && d.start >= clusterStart;
    const belowFold = (d: TermMatch) => d.end > fold;
    if (disclosures.some((d) => !buried(d) && !belowFold(d))) return;

    const d = disclosures[0]!;
    const del = deletionSpan(text, d.start, d.end);
    const move: Fix = {
      kind: 'insert-disclosure',
      label: format(cfg.messages.fixMove, { ...vars, disclosure: d.text }),
      edits: [
        { start: 0, end: 0, text: d.text + (/^\s/.test(text) ? '' : ' ') },
        { start: del.start, end: del.end, text: '' },
      ],
    };
    r.report({
      id: buried(d) ? 'disclosure.buried-in-hashtags' : 'disclosure.below-fold',
      severity: buried(d) ? cfg.buriedSeverity : cfg.belowFoldSeverity,
      message: format(buried(d) ? cfg.messages.buried : cfg.messages.belowFold, vars),
      span: d,
      fixes: [move],
    });
  },
});
