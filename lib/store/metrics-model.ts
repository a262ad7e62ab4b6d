/**
 * Impact metrics as day buckets of counts: by event type, platform, category and rule id. Never the
 * post text, never a handle. Pure functions (validation, keys, weekly aggregation, CSV); the IndexedDB
 * side lives in metrics-db.ts.
 */
import type { Category, Platform } from '../engine/types';
import type { Sentiment } from '../listening/classify';
import type { FlagCategory } from '../listening/report';
import type { MetricBatchMessage, MetricEvent, MetricMessage, MetricType } from './contract';
import { MetricEventSchema } from './schemas';

/** Every metric event type, in the schema's order. */
export const METRIC_TYPES: readonly MetricType[] = MetricEventSchema.options.map((o) => o.shape.type.value);

/** A metric message from a content script, or undefined when it is anything else. */
export function parseMetricMessage(message: unknown): MetricEvent | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const m = message as Partial<MetricMessage>;
  if (m.kind !== 'ambassador:metric') return undefined;
  const r = MetricEventSchema.safeParse(m.event);
  return r.success ? r.data : undefined;
}

/** Most events one batch may carry: more than a check can report (rules × findings per rule). */
export const MAX_METRIC_BATCH = 2_000;

/**
 * The events of a message from a content script, one or a batch; undefined when it is neither.
 * Each event is validated on its own: a malformed one is dropped, the others are kept.
 */
export function parseMetricEvents(message: unknown): MetricEvent[] | undefined {
  const single = parseMetricMessage(message);
  if (single) return [single];
  const m = message as Partial<MetricBatchMessage> | null;
  if (m?.kind !== 'ambassador:metrics' || !Array.isArray(m.events)) return undefined;
  return m.events.slice(0, MAX_METRIC_BATCH).flatMap((event) => {
    const r = MetricEventSchema.safeParse(event);
    return r.success ? [r.data] : [];
  });
}

/** One stored bucket: how many events of one kind happened on one day. */
export interface MetricBucket {
  /** `${day}|${type}|${platform}|${category}|${ruleId}` */
  key: string;
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  type: MetricType;
  platform: Platform;
  category: Category | '';
  ruleId: string;
  count: number;
  /** Listening (`mention`): whether `subject` is a product or a competitor. */
  about?: 'product' | 'competitor';
  /** Listening (`mention`): the product or competitor name, as the policy writes it. */
  subject?: string;
  /** Listening (`mention`): the post's coarse sentiment. */
  sentiment?: Sentiment;
  /** Listening (`flag`): what the post was flagged as. */
  flag?: FlagCategory;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The device's local calendar day. */
export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function bucketFor(event: MetricEvent, now: Date): Omit<MetricBucket, 'count'> {
  const day = dayOf(now);
  const cat = 'category' in event ? event.category : '';
  const rule = 'ruleId' in event ? event.ruleId : '';
  const bucket: Omit<MetricBucket, 'count'> = {
    key: `${day}|${event.type}|${event.platform}|${cat}|${rule}`,
    day,
    type: event.type,
    platform: event.platform,
    category: cat,
    ruleId: rule,
  };
  // The listening events' fields extend the key; the older events keep the keys they were stored under.
  if (event.type === 'mention') {
    const { about, subject, sentiment } = event;
    return { ...bucket, key: `${bucket.key}|${about}|${subject}|${sentiment}`, about, subject, sentiment };
  }
  if (event.type === 'flag') return { ...bucket, key: `${bucket.key}|${event.flag}`, flag: event.flag };
  return bucket;
}

/**
 * The first day that is kept with a retention of `days` (today counts as one). Throws rather than
 * give a day that is not one ("NaN-NaN-NaN" sorts after every real day: pruning before it would
 * delete every count).
 */
export function retentionCutoff(days: number, now: Date): string {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`invalid retention: ${days} days`);
  const day = dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1)));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
    throw new RangeError(`no retention cutoff for ${days} days from ${String(now)}`);
  return day;
}

/** Monday of the week a YYYY-MM-DD day falls in. */
export function weekOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  const offset = (date.getDay() + 6) % 7;
  date.setDate(date.getDate() - offset);
  return dayOf(date);
}

export type Totals = Record<MetricType, number>;

export function totals(buckets: readonly MetricBucket[]): Totals {
  const out = Object.fromEntries(METRIC_TYPES.map((t) => [t, 0])) as Totals;
  for (const b of buckets) out[b.type] += b.count;
  return out;
}

export interface WeeklySeries {
  /** Monday of each week, oldest first, no gaps. */
  weeks: string[];
  /** One series per key, aligned with weeks. */
  series: Record<string, number[]>;
}

function weekRange(first: string, last: string): string[] {
  const weeks: string[] = [];
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  const cur = new Date(y, m - 1, d);
  for (let guard = 0; guard < 600; guard++) {
    const w = dayOf(cur);
    if (w > last) break;
    weeks.push(w);
    cur.setDate(cur.getDate() + 7);
  }
  return weeks;
}

/**
 * Per-week sums of the buckets of `type`, split by `by` (category, platform or type).
 * `keys` fixes the series (missing ones are zeros) so charts keep stable colours.
 */
export function weekly(
  buckets: readonly MetricBucket[],
  select: (b: MetricBucket) => string | undefined,
  keys: readonly string[],
): WeeklySeries {
  const rows = buckets.filter((b) => select(b) !== undefined);
  if (rows.length === 0) return { weeks: [], series: Object.fromEntries(keys.map((k) => [k, []])) };
  const days = rows.map((b) => b.day).sort();
  const weeks = weekRange(weekOf(days[0]!), weekOf(days[days.length - 1]!));
  const index = new Map(weeks.map((w, i) => [w, i]));
  const series: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, weeks.map(() => 0)]));
  for (const b of rows) {
    const k = select(b)!;
    const arr = series[k];
    const i = index.get(weekOf(b.day));
    if (arr && i !== undefined) arr[i]! += b.count;
  }
  return { weeks, series };
}

function csvCell(value: string | number): string {
  const s = String(value);
  // Quote when needed; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV of every bucket, one row per day, event, platform, category and rule. The listening columns
 * come after `count`, so that files read by column position before them still read the same.
 */
export function toCsv(buckets: readonly MetricBucket[]): string {
  const header = ['day', 'week', 'event', 'platform', 'category', 'rule_id', 'count'].concat([
    'about',
    'subject',
    'sentiment',
    'flag',
  ]);
  const rows = [...buckets]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((b) =>
      [b.day, weekOf(b.day), b.type, b.platform, b.category, b.ruleId, b.count]
        .concat([b.about ?? '', b.subject ?? '', b.sentiment ?? '', b.flag ?? ''])
        .map(csvCell)
        .join(','),
    );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
