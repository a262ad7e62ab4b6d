/**
 * Platform limits: X counts weighted length with twitter-text (URLs 23, emoji and CJK 2); LinkedIn
 * and Facebook count characters (code points). Warn near the limit, block over it; the over-limit
 * finding spans the part that will not fit.
 */
// Only the weighted-length parser, not the whole library (autolink, extractors…): a third of the size.
import parseTweet from 'twitter-text/dist/parseTweet.js';
import type { Ctx } from '../context.ts';
import { format } from '../text.ts';
import type { Finding } from '../types.ts';

function measure(
  text: string,
  platform: string,
): { length: number; fitsUntil: number; limitIsWeighted: boolean } {
  if (platform === 'x') {
    const t = parseTweet(text);
    return {
      length: t.weightedLength,
      fitsUntil: t.valid ? text.length : t.validRangeEnd + 1,
      limitIsWeighted: true,
    };
  }
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

export const lengthRule = (ctx: Ctx): Finding[] => {
  const { policy, text, draft } = ctx;
  const cfg = policy.length;
  const limit = cfg.limits[draft.platform];
  if (!cfg.enabled || !limit || text.length === 0) return [];
  const near = Math.ceil(limit * cfg.nearRatio);
  // Cheap bound: weighted length <= 2 per UTF-16 unit + 23 per URL; skip measuring short drafts.
  const dots = draft.platform === 'x' ? (text.match(/\./g)?.length ?? 0) : 0;
  const upper = draft.platform === 'x' ? text.length * 2 + dots * 23 : text.length;
  if (upper < near) return [];
  const m = measure(text, draft.platform);
  if (m.length < near) return [];
  const guideline = ctx.guideline(cfg.guideline);
  const vars = { length: m.length, limit, platform: draft.platform };
  if (m.length <= limit) {
    return [
      {
        ruleId: 'length.near-limit',
        category: 'length',
        severity: cfg.nearSeverity,
        guideline,
        message: format(cfg.messages.near, vars),
        fixes: [],
      },
    ];
  }
  const start = m.limitIsWeighted ? Math.min(m.fitsUntil, text.length) : codePointOffset(text, limit);
  return [
    {
      ruleId: 'length.over-limit',
      category: 'length',
      severity: cfg.overSeverity,
      guideline,
      message: format(cfg.messages.over, vars),
      ...(start < text.length ? { start, end: text.length } : {}),
      fixes: [],
    },
  ];
};
