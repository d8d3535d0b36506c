// The trend chart: a metric per period as a line inside its 95% confidence band, or one line per
// location. ECharts has no band series; the band is two stacked areas — the lower bound (drawn
// invisible) and the band's width on top of it (shaded) — stacked with stackStrategy 'all' so a
// negative lower bound (NPS) still carries the width above it.
import type { MetricRow } from '../../../api/analytics';
import type { ChartOption } from './echarts';

export interface TrendTexts {
  /** Whole numbers only on the value axis (counts). */
  integer?: boolean;
  /** Formats a value of the metric (+42, 87%, 5.63). */
  format: (value: number | null) => string;
  value: string;
  band: string;
  base: string;
  lowBase: string;
}

export const BAND_COLOR = '#0f766e';

/** One line with its band: rows are the periods in order. */
export function trendOption(rows: readonly MetricRow[], periodDim: string, texts: TrendTexts): ChartOption {
  const x = rows.map((r) => r.labels[periodDim] ?? r.group[periodDim] ?? '');
  const lower = rows.map((r) => r.metric.ci?.[0] ?? null);
  const width = rows.map((r) => (r.metric.ci ? r.metric.ci[1] - r.metric.ci[0] : null));
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const i = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
        const r = rows[i];
        if (!r) return '';
        const ci = r.metric.ci ? `${texts.format(r.metric.ci[0])} – ${texts.format(r.metric.ci[1])}` : '—';
        return [
          `<strong>${escapeHtml(x[i] ?? '')}</strong>`,
          `${escapeHtml(texts.value)}: ${texts.format(r.metric.value)}`,
          `${escapeHtml(texts.band)}: ${ci}`,
          `${escapeHtml(texts.base)}: ${r.metric.n}${r.metric.lowBase ? ` (${escapeHtml(texts.lowBase)})` : ''}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: x, boundaryGap: false },
    yAxis: valueAxis(texts),
    series: [
      {
        name: 'lower',
        type: 'line',
        data: lower,
        stack: 'ci',
        stackStrategy: 'all',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        silent: true,
        tooltip: { show: false },
      },
      {
        name: texts.band,
        type: 'line',
        data: width,
        stack: 'ci',
        stackStrategy: 'all',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: BAND_COLOR, opacity: 0.15 },
        silent: true,
      },
      {
        name: texts.value,
        type: 'line',
        // A period resting on a low base is drawn hollow.
        data: rows.map((r) => ({
          value: r.metric.value,
          symbol: r.metric.lowBase ? 'emptyCircle' : 'circle',
        })),
        symbolSize: 7,
        itemStyle: { color: BAND_COLOR },
        lineStyle: { width: 2 },
        connectNulls: true,
      },
    ],
  };
}

/** One line per location: rows are grouped by period, then by location. */
export function trendByLocationOption(
  rows: readonly MetricRow[],
  periodDim: string,
  locationDim: string,
  texts: TrendTexts,
  noLocation: string,
): ChartOption {
  const periods: string[] = [];
  const series = new Map<string, { name: string; points: Map<string, number | null> }>();
  for (const r of rows) {
    const period = r.labels[periodDim] ?? r.group[periodDim] ?? '';
    if (!periods.includes(period)) periods.push(period);
    const key = r.group[locationDim] ?? '';
    const line = series.get(key) ?? { name: r.labels[locationDim] || noLocation, points: new Map() };
    line.points.set(period, r.metric.value);
    series.set(key, line);
  }
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => texts.format(typeof v === 'number' ? v : null),
    },
    xAxis: { type: 'category', data: periods, boundaryGap: false },
    yAxis: valueAxis(texts),
    series: [...series.values()].map((line) => ({
      name: line.name,
      type: 'line',
      data: periods.map((p) => line.points.get(p) ?? null),
      connectNulls: true,
      symbolSize: 6,
    })),
  };
}

function valueAxis(texts: TrendTexts) {
  return {
    type: 'value',
    scale: true,
    ...(texts.integer ? { minInterval: 1 } : {}),
    axisLabel: { formatter: (v: number) => texts.format(v) },
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
