import { describe, expect, it } from 'vitest';
import {
  bucketFor,
  parseMetricMessage,
  retentionCutoff,
  toCsv,
  totals,
  weekOf,
  weekly,
  type MetricBucket,
} from '../../../lib/store/metrics-model';

const msg = (event: unknown) => ({ kind: 'ambassador:metric', event });

describe('metric messages', () => {
  it('accepts the contract events', () => {
    expect(parseMetricMessage(msg({ type: 'draft-checked', platform: 'x' }))).toEqual({
      type: 'draft-checked',
      platform: 'x',
    });
    const shown = { type: 'finding-shown', platform: 'linkedin', category: 'pii', ruleId: 'pii.phone' };
    expect(parseMetricMessage(msg(shown))).toEqual(shown);
    expect(parseMetricMessage(msg({ type: 'handoff', platform: 'facebook' }))).toEqual({
      type: 'handoff',
      platform: 'facebook',
    });
    expect(parseMetricMessage({ kind: 'other', event: { type: 'handoff', platform: 'x' } })).toBeUndefined();
    expect(parseMetricMessage(null)).toBeUndefined();
  });

  it('refuses anything that could carry text or a handle', () => {
    expect(
      parseMetricMessage(msg({ type: 'draft-checked', platform: 'x', text: 'my post' })),
    ).toBeUndefined();
    expect(parseMetricMessage(msg({ type: 'handoff', platform: 'x', handle: '@someone' }))).toBeUndefined();
    expect(
      parseMetricMessage(
        msg({ type: 'finding-shown', platform: 'x', category: 'pii', ruleId: 'call me at 555 1234' }),
      ),
    ).toBeUndefined();
    expect(
      parseMetricMessage(msg({ type: 'finding-shown', platform: 'myspace', category: 'pii', ruleId: 'a' })),
    ).toBeUndefined();
    expect(
      parseMetricMessage({ kind: 'other', event: { type: 'draft-checked', platform: 'x' } }),
    ).toBeUndefined();
    expect(parseMetricMessage(null)).toBeUndefined();
  });

  it('refuses a listening event with anything of the post in it', () => {
    const mention = {
      type: 'mention',
      platform: 'x',
      about: 'product',
      subject: 'XPS',
      sentiment: 'positive',
    };
    expect(parseMetricMessage(msg(mention))).toEqual(mention);
    expect(parseMetricMessage(msg({ ...mention, text: 'love my XPS' }))).toBeUndefined();
    expect(parseMetricMessage(msg({ ...mention, author: '@someone' }))).toBeUndefined();
    expect(parseMetricMessage(msg({ ...mention, sentiment: 'angry' }))).toBeUndefined();
    expect(
      parseMetricMessage(msg({ type: 'flag', platform: 'x', flag: 'praise', note: 'hi' })),
    ).toBeUndefined();
    expect(parseMetricMessage(msg({ type: 'flag', platform: 'x', flag: 'spam' }))).toBeUndefined();
  });
});

describe('buckets', () => {
  const at = new Date(2025, 4, 7, 13, 0); // Wednesday 7 May 2025, local time
  it('keys a day bucket by type, platform, category and rule', () => {
    expect(
      bucketFor({ type: 'fix-applied', platform: 'x', category: 'pii', ruleId: 'pii.phone' }, at),
    ).toEqual({
      key: '2025-05-07|fix-applied|x|pii|pii.phone',
      day: '2025-05-07',
      type: 'fix-applied',
      platform: 'x',
      category: 'pii',
      ruleId: 'pii.phone',
    });
    expect(bucketFor({ type: 'draft-checked', platform: 'facebook' }, at).key).toBe(
      '2025-05-07|draft-checked|facebook||',
    );
  });

  it('weeks start on Monday; retention keeps the last N days', () => {
    expect(weekOf('2025-05-07')).toBe('2025-05-05');
    expect(weekOf('2025-05-05')).toBe('2025-05-05');
    expect(weekOf('2025-05-04')).toBe('2025-04-28');
    expect(weekOf('2025-01-01')).toBe('2024-12-30');
    expect(retentionCutoff(1, at)).toBe('2025-05-07');
    expect(retentionCutoff(180, at)).toBe('2024-11-09');
    expect(retentionCutoff(3650, at)).toBe('2015-05-11');
  });

  it('refuses a retention that gives no real cutoff day, rather than prune every count', () => {
    // ~10⁸ days back is past the last date a Date can hold: "NaN-NaN-NaN" once.
    for (const days of [100_000_000, 0, -5, 1.5, Number.NaN, Infinity])
      expect(() => retentionCutoff(days, at)).toThrow(RangeError);
    expect(() => retentionCutoff(10, new Date(Number.NaN))).toThrow(RangeError);
  });
});

const b = (
  day: string,
  type: MetricBucket['type'],
  category: MetricBucket['category'],
  count: number,
): MetricBucket => ({
  key: `${day}|${type}|x|${category}|r`,
  day,
  type,
  platform: 'x',
  category,
  ruleId: category ? 'r' : '',
  count,
});

describe('aggregation and CSV', () => {
  const rows = [
    b('2025-05-05', 'finding-shown', 'pii', 2),
    b('2025-05-07', 'finding-shown', 'pii', 3),
    b('2025-05-07', 'finding-shown', 'tone', 1),
    b('2025-05-21', 'finding-shown', 'tone', 4),
    b('2025-05-21', 'draft-checked', '', 9),
  ];

  it('totals by event type', () => {
    const t = totals(rows);
    expect(t['finding-shown']).toBe(10);
    expect(t['draft-checked']).toBe(9);
    expect(t['fix-applied']).toBe(0);
  });

  it('sums per week with no gaps between weeks', () => {
    const w = weekly(rows, (r) => (r.type === 'finding-shown' ? r.category : undefined), [
      'pii',
      'tone',
      'custom',
    ]);
    expect(w.weeks).toEqual(['2025-05-05', '2025-05-12', '2025-05-19']);
    expect(w.series).toEqual({ pii: [5, 0, 0], tone: [1, 0, 4], custom: [0, 0, 0] });
    expect(weekly([], () => 'x', ['x'])).toEqual({ weeks: [], series: { x: [] } });
  });

  it('writes one CSV row per bucket with a header', () => {
    const csv = toCsv(rows);
    const lines = csv.trimEnd().split('\r\n');
    // The listening columns come after count: the first seven read as they always did.
    expect(lines[0]).toBe('day,week,event,platform,category,rule_id,count,about,subject,sentiment,flag');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines).toContain('2025-05-07,2025-05-05,finding-shown,x,pii,r,3,,,,');
  });

  it('keeps listening counts by name and sentiment, flags by category, in buckets of their own', () => {
    const now = new Date(2025, 4, 7);
    const mention = bucketFor(
      { type: 'mention', platform: 'x', about: 'product', subject: 'XPS', sentiment: 'negative' },
      now,
    );
    expect(mention).toMatchObject({ key: '2025-05-07|mention|x|||product|XPS|negative', subject: 'XPS' });
    const flag = bucketFor({ type: 'flag', platform: 'linkedin', flag: 'outage' }, now);
    expect(flag.key).toBe('2025-05-07|flag|linkedin|||outage');
    // An older event keeps the key it was stored under.
    expect(bucketFor({ type: 'handoff', platform: 'x' }, now).key).toBe('2025-05-07|handoff|x||');
    const csv = toCsv([
      { ...mention, count: 2 },
      { ...flag, count: 1 },
    ]);
    expect(csv).toContain('2025-05-07,2025-05-05,mention,x,,,2,product,XPS,negative,');
    expect(csv).toContain('2025-05-07,2025-05-05,flag,linkedin,,,1,,,,outage');
  });

  it('neutralises spreadsheet formulas and quotes commas', () => {
    const csv = toCsv([{ ...b('2025-05-05', 'finding-shown', 'custom', 1), ruleId: '=cmd,x' }]);
    expect(csv).toContain(`"'=cmd,x"`);
  });
});
