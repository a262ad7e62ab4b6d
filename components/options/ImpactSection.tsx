/** The impact dashboard: totals, per-week charts by category, CSV export, clear my data. */
import { useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '@/lib/engine/types';
import { formatNumber, plural, t, type MessageKey } from '@/lib/i18n/messages';
import type { MetricType } from '@/lib/store/contract';
import { METRIC_TYPES, dayOf, toCsv, totals, weekly, type MetricBucket } from '@/lib/store/metrics-model';
import { categoryLabel, metricLabel } from '../ui/labels';
import { ruleName } from '@/lib/i18n/rule-names';
import { WeeklyChart } from './WeeklyChart';

/** Mid-tone colours that read on light and dark backgrounds. */
const CATEGORY_COLORS: Record<Category, string> = {
  disclosure: '#3b82f6',
  pii: '#e0453a',
  tone: '#d97706',
  confidential: '#8b5cf6',
  length: '#0d9488',
  governance: '#db2777',
  training: '#16a34a',
  handoff: '#0891b2',
  custom: '#78716c',
};
const ACTIONS: { type: MetricType; color: string }[] = [
  { type: 'fix-applied', color: '#16a34a' },
  { type: 'disclosure-added', color: '#3b82f6' },
  { type: 'handoff', color: '#0891b2' },
  { type: 'storyline-inserted', color: '#8b5cf6' },
  { type: 'dismissed', color: '#78716c' },
  { type: 'switched-off', color: '#a8a29e' },
  { type: 'post-held', color: '#e0453a' },
  { type: 'posted-anyway', color: '#d97706' },
];

/** How many rules the "by rule" table lists, most shown first. */
const TOP_RULES = 12;

/** The columns of the count tables: which event each counts. */
const COUNT_COLUMNS: { type: MetricType; label: MessageKey }[] = [
  { type: 'finding-shown', label: 'impactShown' },
  { type: 'fix-applied', label: 'impactFixed' },
  { type: 'dismissed', label: 'impactDismissed' },
  { type: 'post-held', label: 'impactHeld' },
];

interface CountRow {
  key: string;
  counts: Partial<Record<MetricType, number>>;
}

/** Counts per key (category, rule id) of the COUNT_COLUMNS events; rows with counts only. */
function countRows(
  buckets: readonly MetricBucket[],
  keyOf: (b: MetricBucket) => string | undefined,
): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const b of buckets) {
    const key = keyOf(b);
    if (!key || !COUNT_COLUMNS.some((c) => c.type === b.type)) continue;
    const row = rows.get(key) ?? { key, counts: {} };
    row.counts[b.type] = (row.counts[b.type] ?? 0) + b.count;
    rows.set(key, row);
  }
  return [...rows.values()];
}

const shownCount = (r: CountRow) => r.counts['finding-shown'] ?? 0;

function CountTable(props: {
  testId: string;
  caption: string;
  head: string;
  rows: CountRow[];
  label(key: string): string;
}) {
  if (props.rows.length === 0) return null;
  return (
    <table class="data" data-testid={props.testId}>
      <caption class="caption">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          {COUNT_COLUMNS.map((c) => (
            <th scope="col" class="num" key={c.type}>
              {t(c.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{props.label(r.key)}</th>
            {COUNT_COLUMNS.map((c) => (
              <td class="num" key={c.type}>
                {formatNumber(r.counts[c.type] ?? 0)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface ImpactSectionProps {
  buckets: MetricBucket[];
  loaded: boolean;
  error?: string;
  retentionDays: number;
  onClear(): Promise<void>;
}

export function ImpactSection({ buckets, loaded, error, retentionDays, onClear }: ImpactSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const confirmRef = useRef<HTMLDivElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  const sum = totals(buckets);
  const byCategory = weekly(
    buckets,
    (b) => (b.type === 'finding-shown' && b.category ? b.category : undefined),
    CATEGORIES,
  );
  const actions = weekly(
    buckets,
    (b) => (ACTIONS.some((a) => a.type === b.type) ? b.type : undefined),
    ACTIONS.map((a) => a.type),
  );
  const categoryRows = countRows(buckets, (b) => b.category).sort(
    (a, b) => CATEGORIES.indexOf(a.key as Category) - CATEGORIES.indexOf(b.key as Category),
  );
  const ruleRows = countRows(buckets, (b) => b.ruleId || undefined)
    .sort((a, b) => shownCount(b) - shownCount(a) || a.key.localeCompare(b.key))
    .slice(0, TOP_RULES);

  const exportCsv = () => {
    const blob = new Blob([toCsv(buckets)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `ambassador-metrics-${dayOf(new Date())}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const startConfirm = () => {
    setMessage(undefined);
    setConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.focus());
  };
  const clear = async () => {
    try {
      await onClear();
      setMessage(t('impactCleared'));
    } catch (e) {
      setMessage(t('impactClearFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
    setConfirming(false);
    requestAnimationFrame(() => clearRef.current?.focus());
  };

  return (
    <section id="impact" class="card stack" aria-labelledby="impact-h">
      <h2 id="impact-h">{t('sectionImpact')}</h2>
      <p class="muted">{plural('impactExplained', retentionDays)}</p>
      {error && (
        <div class="alert danger" role="alert">
          <strong>{t('impactReadFailed')}</strong>
          {error}
        </div>
      )}
      <dl class="stat-grid" data-testid="totals" aria-busy={!loaded}>
        {METRIC_TYPES.map((type) => (
          <div class="stat" key={type}>
            <dt class="label">{metricLabel(type)}</dt>
            <dd class="value" data-metric={type}>
              {formatNumber(sum[type])}
            </dd>
          </div>
        ))}
      </dl>

      <div class="charts">
        <WeeklyChart
          id="chart-categories"
          title={t('impactChartCategories')}
          weeks={byCategory.weeks}
          series={CATEGORIES.map((c) => ({
            label: categoryLabel(c),
            color: CATEGORY_COLORS[c],
            values: byCategory.series[c] ?? [],
          }))}
        />
        <WeeklyChart
          id="chart-actions"
          title={t('impactChartActions')}
          weeks={actions.weeks}
          series={ACTIONS.map((a) => ({
            label: metricLabel(a.type),
            color: a.color,
            values: actions.series[a.type] ?? [],
          }))}
        />
      </div>

      <CountTable
        testId="by-category"
        caption={t('impactByCategory')}
        head={t('impactCategory')}
        rows={categoryRows}
        label={(c) => categoryLabel(c as Category)}
      />
      <CountTable
        testId="by-rule"
        caption={t('impactByRule')}
        head={t('impactRule')}
        rows={ruleRows}
        label={ruleName}
      />

      <div class="row">
        <button type="button" class="primary" onClick={exportCsv} disabled={!loaded}>
          {t('impactExport')}
        </button>
        <span class="spacer" />
        <button type="button" class="danger" ref={clearRef} onClick={startConfirm} aria-expanded={confirming}>
          {t('impactClear')}
        </button>
      </div>
      {confirming && (
        <div
          class="alert danger stack"
          role="alertdialog"
          aria-labelledby="clear-h"
          aria-describedby="clear-d"
          tabIndex={-1}
          ref={confirmRef}
          onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
        >
          <strong id="clear-h">{t('impactClearConfirm')}</strong>
          <p id="clear-d">{t('impactClearExplained')}</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => void clear()}>
              {t('impactClearYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p role="status" class="alert ok">
          {message}
        </p>
      )}
    </section>
  );
}
