/** A per-week line chart drawn by uPlot, with a text legend and a data table for screen readers. */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber, plural, t, uiLanguage } from '@/lib/i18n/messages';
import { formatDate, formatList } from '../ui/format';

export interface ChartSeries {
  label: string;
  color: string;
  values: number[];
}

export interface WeeklyChartProps {
  id: string;
  title: string;
  /** Monday of each week, YYYY-MM-DD. */
  weeks: string[];
  series: ChartSeries[];
  height?: number;
}

function weekStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime() / 1000;
}

const weekLabel = (day: string) => formatDate(weekStart(day) * 1000);

export function WeeklyChart({ id, title, weeks, series, height = 220 }: WeeklyChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const shown = series.filter((s) => s.values.some((v) => v > 0));
  // Redraw with the right axis colours when the system switches between light and dark.
  const [dark, setDark] = useState(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setDark(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || weeks.length === 0 || shown.length === 0) return;
    const xs = weeks.map(weekStart);
    const halfWeek = 3.5 * 86_400;
    const axis = dark ? '#a9b4c1' : '#4f5b6a';
    const grid = dark ? '#2c3540' : '#e3e7ec';
    const axisOpts = { stroke: axis, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const opts: uPlot.Options = {
      width: Math.max(el.clientWidth, 280),
      height,
      legend: { show: false },
      scales: {
        x: { time: true, range: () => [xs[0]! - halfWeek, xs[xs.length - 1]! + halfWeek] },
        y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] },
      },
      axes: [
        {
          ...axisOpts,
          // One tick per week at most: the data are weekly.
          incrs: [7, 14, 28, 91, 182, 364].map((d) => d * 86_400),
          values: (_u, ticks) =>
            ticks.map((t) =>
              new Date(t * 1000).toLocaleDateString(uiLanguage(), { month: 'short', day: 'numeric' }),
            ),
        },
        { ...axisOpts, size: 44 },
      ],
      series: [
        {},
        ...shown.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          points: { show: weeks.length <= 16, size: 7, fill: s.color },
        })),
      ],
    };
    const data: uPlot.AlignedData = [xs, ...shown.map((s) => s.values)];
    const plot = new uPlot(opts, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 280), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
    // The series values are the chart's data: redraw whenever they change.
  }, [JSON.stringify(weeks), JSON.stringify(shown), height, dark]);

  const summary =
    shown.length === 0
      ? t('chartSummaryEmpty', { title })
      : plural('chartSummary', weeks.length, {
          title,
          totals: formatList(
            shown.map((s) =>
              t('chartSeriesTotal', { label: s.label, total: s.values.reduce((a, b) => a + b, 0) }),
            ),
          ),
        });

  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      {shown.length === 0 ? (
        <p class="muted empty">{t('chartEmpty')}</p>
      ) : (
        <>
          <div ref={box} class="plot" role="img" aria-label={summary} data-testid={`${id}-plot`} />
          <ul class="legend" aria-hidden="true">
            {shown.map((s) => (
              <li key={s.label}>
                <span class="swatch" style={{ background: s.color }} />
                {s.label}
              </li>
            ))}
          </ul>
          <details class="chart-data">
            <summary>{t('chartShowNumbers')}</summary>
            <table class="data">
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chartWeekOf')}</th>
                  {shown.map((s) => (
                    <th key={s.label} scope="col" class="num">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((w, i) => (
                  <tr key={w}>
                    <th scope="row">{weekLabel(w)}</th>
                    {shown.map((s) => (
                      <td key={s.label} class="num">
                        {formatNumber(s.values[i] ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
