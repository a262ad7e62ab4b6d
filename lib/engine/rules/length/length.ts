/**
 * Platform limits: X counts weighted length with twitter-text (URLs 23, emoji and CJK 2); LinkedIn
 * and Facebook count characters (code points). Warn near the limit, block over it; the over-limit
 * finding spans the part that will not fit.
 */
import { xLength, xLengthUpperBound } from '../../matchers/x-length.ts';
import { defineRule } from '../../rule.ts';
import { format } from '../../template.ts';

function measure(
  text: string,
  platform: string,
  limit: number,
): { length: number; fitsUntil: number; limitIsWeighted: boolean } {
  if (platform === 'x') return { ...xLength(text, limit), limitIsWeighted: true };
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) i++;
    }
    n++;
  }
  return { length: n, fitsUntil: text.length, limitIsWeighted: false };
}

/** UTF-16 offset after the first `count` code points. */
function codePointOffset(text: string, count: number): number {
  let i = 0;
  let n = 0;
  while (i < text.length && n < count) {
    const ch = text.charCodeAt(i);
    i +=
      ch >= 0xd800 && ch <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
        ? 2
        : 1;
    n++;
  }
  return i;
}

export const lengthRule = defineRule({
  id: 'length',
  category: 'length',
  title: 'Length',
  description:
    "The platform's length limit: X's weighted length (twitter-text: URLs 23, emoji and CJK 2), characters elsewhere. The over-limit finding spans the part that will not fit.",
  guideline: 'follow-the-law',
  reports: {
    'length.near-limit': 'the draft uses most of the limit',
    'length.over-limit': 'the draft is over the limit',
  },
  config: {
    at: ['length'],
    schema: (f) =>
      f.ruleSettings('follow-the-law', {
        limits: f
          .perPlatform(f.z.number().int().positive())
          .default({ x: 280, facebook: 63206, linkedin: 3000 })
          .describe('Length limit per platform.'),
        nearRatio: f.z
          .number()
          .gt(0)
          .max(1)
          .default(0.9)
          .describe('Warn once the draft uses this share of the limit.'),
        nearSeverity: f.severity('warn').describe('Severity of `length.near-limit`.'),
        overSeverity: f.severity('block').describe('Severity of `length.over-limit`.'),
        messages: f.messages({
          near: f.message(
            '{length} of {limit} characters used on {platform}.',
            'Placeholders: {length}, {limit}, {platform}.',
          ),
          over: f.message(
            'Too long for {platform}: {length} of {limit} characters. The highlighted part will not fit.',
            'Placeholders: {length}, {limit}, {platform}.',
          ),
        }),
      }),
  },
  run(r) {
    const { settings: cfg, text, draft } = r;
    const limit = cfg.limits[draft.platform];
    if (!limit || text.length === 0) return;
    const near = Math.ceil(limit * cfg.nearRatio);
    // Drafts far from the limit skip measuring (on X, parseTweet).
    const upper = draft.platform === 'x' ? xLengthUpperBound(text) : text.length;
    if (upper < near) return;
    const m = measure(text, draft.platform, limit);
    if (m.length < near) return;
    const vars = { length: m.length, limit, platform: draft.platform };
    if (m.length <= limit) {
      r.report({
        id: 'length.near-limit',
        severity: cfg.nearSeverity,
        message: format(cfg.messages.near, vars),
      });
      return;
    }
    const start = m.limitIsWeighted ? Math.min(m.fitsUntil, text.length) : codePointOffset(text, limit);
    r.report({
      id: 'length.over-limit',
      severity: cfg.overSeverity,
      message: format(cfg.messages.over, vars),
      ...(start < text.length ? { span: { start, end: text.length } } : {}),
    });
  },
});
