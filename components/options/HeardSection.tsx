/**
 * "What I heard": the listening counts of the impact dashboard — feed posts that named a product
 * or a competitor, per week by sentiment and by name, and the posts flagged for the listening team.
 * Counts only: the names are the policy's, never a post's words or author.
 */
import { FLAG_CATEGORIES } from '@/lib/listening/report';
import { SENTIMENTS, type Sentiment } from '@/lib/listening/classify';
import { formatNumber, t } from '@/lib/i18n/messages';
import { weekly, type MetricBucket } from '@/lib/store/metrics-model';
import { flagLabel, sentimentLabel } from '@/lib/i18n/listening-labels';
import { WeeklyChart } from './WeeklyChart';

const SENTIMENT_COLORS: Record<Sentiment, string> = {
  positive: '#16a34a',
  neutral: '#78716c',
  negative: '#e0453a',
};
/** Colours for the names charted, most mentioned first. */
const NAME_COLORS = ['#3b82f6', '#8b5cf6', '#0891b2', '#d97706', '#db2777', '#0d9488'];

interface NameRow {
  name: string;
  about: 'product' | 'competitor';
  counts: Record<Sentiment, number>;
  total: number;
}

function nameRows(mentions: readonly MetricBucket[]): NameRow[] {
  const rows = new Map<string, NameRow>();
  for (const b of mentions) {
    if (!b.subject || !b.about || !b.sentiment) continue;
    const key = `${b.about}|${b.subject}`;
    const row = rows.get(key) ?? {
      name: b.subject,
      about: b.about,
      counts: { positive: 0, neutral: 0, negative: 0 },
      total: 0,
    };
    row.counts[b.sentiment] += b.count;
    row.total += b.count;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

const rowLabel = (r: NameRow) => (r.about === 'competitor' ? t('heardCompetitor', { name: r.name }) : r.name);

export function HeardSection({ buckets }: { buckets: MetricBucket[] }) {
  const mentions = buckets.filter((b) => b.type === 'mention');
  const flags = buckets.filter((b) => b.type === 'flag');
  const rows = nameRows(mentions);
  const charted = rows.slice(0, NAME_COLORS.length);
  const bySentiment = weekly(mentions, (b) => b.sentiment, SENTIMENTS);
  const byName = weekly(
    mentions,
    (b) => (b.subject && b.about ? `${b.about}|${b.subject}` : undefined),
    charted.map((r) => `${r.about}|${r.name}`),
  );
  const flagCounts = FLAG_CATEGORIES.map((c) => ({
    category: c,
    count: flags.filter((b) => b.flag === c).reduce((n, b) => n + b.count, 0),
  }));
  const flagTotal = flagCounts.reduce((n, f) => n + f.count, 0);

  return (
    <section id="heard" class="card stack" aria-labelledby="heard-h" data-testid="heard">
      <h2 id="heard-h">{t('heardHeading')}</h2>
      <p class="muted">{t('heardExplained')}</p>
      <dl class="stat-grid">
        <div class="stat">
          <dt class="label">{t('metricMention')}</dt>
          <dd class="value" data-metric="mention">
            {formatNumber(rows.reduce((n, r) => n + r.total, 0))}
          </dd>
        </div>
        <div class="stat">
          <dt class="label">{t('heardFlags')}</dt>
          <dd class="value" data-metric="flag">
            {formatNumber(flagTotal)}
          </dd>
        </div>
      </dl>
      {rows.length === 0 ? (
        <p class="muted">{t('heardNothing')}</p>
      ) : (
        <>
          <div class="charts">
            <WeeklyChart
              id="chart-heard-sentiment"
              title={t('heardChartSentiment')}
              weeks={bySentiment.weeks}
              series={SENTIMENTS.map((s) => ({
                label: sentimentLabel(s),
                color: SENTIMENT_COLORS[s],
                values: bySentiment.series[s] ?? [],
              }))}
            />
            <WeeklyChart
              id="chart-heard-names"
              title={t('heardChartNames')}
              weeks={byName.weeks}
              series={charted.map((r, i) => ({
                label: rowLabel(r),
                color: NAME_COLORS[i]!,
                values: byName.series[`${r.about}|${r.name}`] ?? [],
              }))}
            />
          </div>
          <table class="data" data-testid="heard-by-name">
            <caption class="caption">{t('heardByName')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('heardName')}</th>
                {SENTIMENTS.map((s) => (
                  <th scope="col" class="num" key={s}>
                    {sentimentLabel(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.about}|${r.name}`}>
                  <th scope="row">{rowLabel(r)}</th>
                  {SENTIMENTS.map((s) => (
                    <td class="num" key={s}>
                      {formatNumber(r.counts[s])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {flagTotal > 0 && (
        <table class="data" data-testid="heard-flags">
          <caption class="caption">{t('heardFlagsByCategory')}</caption>
          <tbody>
            {flagCounts.map((f) => (
              <tr key={f.category}>
                <th scope="row">{flagLabel(f.category)}</th>
                <td class="num">{formatNumber(f.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
