// The analysis tabs' ECharts options, as pure functions of the API's answers (tested beside), and
// the chart types they add to the console's tree-shaken ECharts: the scatter of the
// importance–performance grid and the shaded quadrants behind it.
import { ScatterChart } from 'echarts/charts';
import { MarkAreaComponent } from 'echarts/components';
import type { Driver, GapAnswer, IpaAnswer, Quadrant } from '../../../api/analytics-analysis';
import { echarts, type ChartOption } from '../charts/echarts';
import { escapeHtml } from '../charts/trend-option';

echarts.use([ScatterChart, MarkAreaComponent]);

const NEGATIVE = '#cf1322';
const POSITIVE = '#389e0d';
const NEUTRAL = '#1677ff';

/** Bars grow from a long label on the left: room for it, cut with an ellipsis beyond. */
const horizontalGrid = { left: 8, right: 48, top: 8, bottom: 24, containLabel: true };
const categoryLabels = { width: 220, overflow: 'truncate' as const };

/** Per-dimension gaps as horizontal bars: red where perception falls short of expectation. */
export function gapBarOption(
  dimensions: GapAnswer['dimensions'],
  format: (x: number) => string,
): ChartOption {
  const shown = dimensions.filter((d) => d.gap !== null);
  return {
    grid: horizontalGrid,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: shown.map((d) => d.label), axisLabel: categoryLabels },
    series: [
      {
        type: 'bar',
        data: shown.map((d) => ({
          value: d.gap,
          itemStyle: { color: d.gap! < 0 ? NEGATIVE : POSITIVE },
        })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => format(p.value) },
      },
    ],
  };
}

/** Axis bounds around the values and the crosshair, with a little room so no point sits on the edge. */
export function paddedExtent(values: readonly number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.1, 0.05);
  return [lo - pad, hi + pad];
}

export interface IpaLabels {
  importance: string;
  performance: string;
  quadrants: Record<Quadrant, string>;
}

/**
 * Martilla & James's grid: performance across, importance up, crosshairs at the grand means, each
 * quadrant shaded and named in its corner.
 */
export function ipaScatterOption(
  answer: IpaAnswer,
  labels: IpaLabels,
  format: (x: number) => string,
): ChartOption {
  const placed = answer.points.filter((p) => p.importance !== null && p.performance !== null);
  const cross = answer.crosshair;
  if (!cross || placed.length === 0) return {};
  const [xMin, xMax] = paddedExtent([...placed.map((p) => p.performance!), cross.performance]);
  const [yMin, yMax] = paddedExtent([...placed.map((p) => p.importance!), cross.importance]);
  const area = (
    quadrant: Quadrant,
    x: [number, number],
    y: [number, number],
    color: string,
    position: string,
  ) => [
    {
      name: labels.quadrants[quadrant],
      xAxis: x[0],
      yAxis: y[0],
      itemStyle: { color },
      label: { position, color: '#595959', fontWeight: 'bold' as const },
    },
    { xAxis: x[1], yAxis: y[1] },
  ];
  return {
    grid: { left: 56, right: 24, top: 24, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value: [number, number] }) =>
        `${escapeHtml(p.name)}<br/>${escapeHtml(labels.performance)}: ${format(p.value[0])}<br/>${escapeHtml(labels.importance)}: ${format(p.value[1])}`,
    },
    xAxis: {
      type: 'value',
      name: labels.performance,
      nameLocation: 'middle',
      nameGap: 28,
      min: xMin,
      max: xMax,
      axisLabel: { formatter: format },
    },
    yAxis: {
      type: 'value',
      name: labels.importance,
      nameLocation: 'middle',
      nameGap: 40,
      min: yMin,
      max: yMax,
      axisLabel: { formatter: format },
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 12,
        itemStyle: { color: NEUTRAL },
        data: placed.map((p) => ({ name: p.label, value: [p.performance!, p.importance!] })),
        label: { show: true, position: 'right', formatter: '{b}', width: 160, overflow: 'truncate' },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#8c8c8c' },
          label: { show: false },
          data: [{ xAxis: cross.performance }, { yAxis: cross.importance }],
        },
        markArea: {
          silent: true,
          data: [
            area(
              'concentrate_here',
              [xMin, cross.performance],
              [cross.importance, yMax],
              'rgba(207,19,34,0.06)',
              'insideTopLeft',
            ),
            area(
              'keep_up',
              [cross.performance, xMax],
              [cross.importance, yMax],
              'rgba(56,158,13,0.06)',
              'insideTopRight',
            ),
            area(
              'low_priority',
              [xMin, cross.performance],
              [yMin, cross.importance],
              'rgba(140,140,140,0.06)',
              'insideBottomLeft',
            ),
            area(
              'possible_overkill',
              [cross.performance, xMax],
              [yMin, cross.importance],
              'rgba(250,173,20,0.08)',
              'insideBottomRight',
            ),
          ],
        },
      },
    ],
  };
}

/** Relative weights as each driver's share of R², largest first. */
export function driversBarOption(drivers: readonly Driver[], format: (share: number) => string): ChartOption {
  const sorted = [...drivers].sort((a, b) => b.relativeWeight - a.relativeWeight);
  return {
    grid: horizontalGrid,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
    yAxis: { type: 'category', inverse: true, data: sorted.map((d) => d.label), axisLabel: categoryLabels },
    series: [
      {
        type: 'bar',
        itemStyle: { color: NEUTRAL },
        data: sorted.map((d) => d.share ?? 0),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => format(p.value) },
      },
    ],
  };
}
