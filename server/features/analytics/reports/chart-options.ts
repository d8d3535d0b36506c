// The ECharts options of a report's charts, from the report model: the trend of the main metric
// with its 95% band, and the distribution of each scored question coloured the way the metric
// reads it (NPS detractors / passives / promoters, CSAT and CES low / high).
import type { EChartsOption } from 'echarts';
import { REPORT_FONT_FAMILY } from './fonts';
import { metricName } from './report-format';
import { reportTexts } from './report-texts';
import type { ReportDistribution, ReportMetricKind, ReportTrend } from './report-types';

const BLUE = '#3b6fd4';
const RED = '#d4483b';
const GREY = '#a3a9b3';
const GREEN = '#2e9d5b';

const base: EChartsOption = {
  animation: false,
  backgroundColor: '#ffffff',
  textStyle: { fontFamily: REPORT_FONT_FAMILY, fontSize: 12, color: '#333333' },
};

const round = (v: number | null, digits: number) => (v === null ? null : Number(v.toFixed(digits)));

export function trendChartOptions(trend: ReportTrend, language: string): EChartsOption {
  const digits = trend.kind === 'nps' || trend.kind === 'csat' ? 1 : 2;
  const t = reportTexts(language);
  const name = metricName(language, trend.kind);
  const points = trend.points;
  // The band is two stacked series: an invisible lower edge and the interval's width above it.
  const low = points.map((p) => round(p.figure.ci?.[0] ?? null, digits));
  const width = points.map((p) => (p.figure.ci ? round(p.figure.ci[1] - p.figure.ci[0], digits) : null));
  return {
    ...base,
    grid: { left: 56, right: 24, top: 40, bottom: 48 },
    legend: { top: 4, data: [name, t.interval], textStyle: { fontFamily: REPORT_FONT_FAMILY } },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((p) => p.label),
      axisLabel: { fontFamily: REPORT_FONT_FAMILY, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { fontFamily: REPORT_FONT_FAMILY },
      ...(trend.kind === 'nps' ? { min: -100, max: 100 } : {}),
      ...(trend.kind === 'csat' ? { min: 0, max: 100 } : {}),
    },
    series: [
      { name: 'low', type: 'line', data: low, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 } },
      {
        name: t.interval,
        type: 'line',
        data: width,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: BLUE, opacity: 0.15 },
        itemStyle: { color: '#c4d3f2' },
      },
      {
        name,
        type: 'line',
        data: points.map((p) => round(p.figure.value, digits)),
        symbolSize: 6,
        lineStyle: { color: BLUE, width: 2 },
        itemStyle: { color: BLUE },
        connectNulls: false,
      },
    ],
  };
}

/** The colour of a scale point: how the metric counts it. */
function pointColour(kind: ReportMetricKind | 'scale', value: number): string {
  if (kind === 'nps') return value >= 9 ? GREEN : value >= 7 ? GREY : RED;
  if (kind === 'csat') return value >= 4 ? GREEN : RED;
  if (kind === 'ces') return value >= 5 ? GREEN : RED;
  return BLUE;
}

export function distributionChartOptions(dist: ReportDistribution, language: string): EChartsOption {
  const t = reportTexts(language);
  return {
    ...base,
    grid: { left: 48, right: 16, top: 28, bottom: 28 },
    xAxis: {
      type: 'category',
      data: dist.points.map((p) => String(p.value)),
      axisLabel: { fontFamily: REPORT_FONT_FAMILY },
    },
    yAxis: {
      type: 'value',
      name: `${t.share} (%)`,
      nameTextStyle: { fontFamily: REPORT_FONT_FAMILY, align: 'left' },
      axisLabel: { fontFamily: REPORT_FONT_FAMILY },
    },
    series: [
      {
        type: 'bar',
        data: dist.points.map((p) => ({
          value: round(p.share ?? 0, 1),
          itemStyle: { color: pointColour(dist.kind === 'mean' ? 'scale' : dist.kind, p.value) },
        })),
        label: { show: true, position: 'top', fontFamily: REPORT_FONT_FAMILY, fontSize: 10 },
      },
    ],
  };
}
