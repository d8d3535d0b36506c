// Bar charts of the dashboard: a distribution (share of answers per scale point or option) and a
// breakdown (the metric per channel, wave, language or answer). Bars resting on a low base are
// drawn pale.
import type { ChartOption } from './echarts';
import { escapeHtml } from './trend-option';

export interface Bar {
  label: string;
  value: number | null;
  /** The tooltip's lines under the label. */
  details: string[];
  color?: string;
  pale?: boolean;
}

export const BAR_COLOR = '#0f766e';

/** NPS points coloured by group: detractors 0–6, passives 7–8, promoters 9–10. */
export function npsPointColor(point: number): string {
  if (point <= 6) return '#c2410c';
  if (point <= 8) return '#a16207';
  return '#15803d';
}

export function barOption(
  bars: readonly Bar[],
  opts: { horizontal: boolean; format: (v: number) => string },
): ChartOption {
  const categories = bars.map((b) => b.label);
  const data = bars.map((b) => ({
    value: b.value,
    itemStyle: { color: b.color ?? BAR_COLOR, opacity: b.pale ? 0.45 : 1 },
  }));
  const category = { type: 'category', data: categories, ...(opts.horizontal ? { inverse: true } : {}) };
  const value = { type: 'value', axisLabel: { formatter: (v: number) => opts.format(v) } };
  return {
    grid: { left: 8, right: 24, top: 12, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const i = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
        const b = bars[i];
        return b
          ? [`<strong>${escapeHtml(b.label)}</strong>`, ...b.details.map(escapeHtml)].join('<br/>')
          : '';
      },
    },
    xAxis: opts.horizontal ? value : category,
    yAxis: opts.horizontal ? category : value,
    series: [
      {
        type: 'bar',
        data,
        barMaxWidth: 36,
        label: {
          show: true,
          position: opts.horizontal ? 'right' : 'top',
          formatter: (p: { value: number | null }) => (p.value === null ? '' : opts.format(p.value)),
        },
      },
    ],
  };
}
