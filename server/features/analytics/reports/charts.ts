// Charts drawn on the server: ECharts renders an option to SVG without a DOM (SSR mode), and resvg
// turns the SVG into a PNG with the report's own font files — not the host's fonts, which on a
// server often lack Chinese — so labels in Chinese come out as glyphs, never as boxes.
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { distributionChartOptions, trendChartOptions } from './chart-options';
import { REPORT_FONT_FAMILY, REPORT_FONT_FILES } from './fonts';
import type { ReportModel } from './report-types';

export interface RenderedChart {
  svg: string;
  png: Buffer;
  /** The chart's size in points (the PNG has `PNG_SCALE` times as many pixels, for print). */
  width: number;
  height: number;
}

/** Pixels per point in the PNGs: sharp enough on paper without making reports heavy. */
export const PNG_SCALE = 2;

export function chartToSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function svgToPng(svg: string, scale = PNG_SCALE): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      fontFiles: [REPORT_FONT_FILES.regular, REPORT_FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: REPORT_FONT_FAMILY,
      sansSerifFamily: REPORT_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}

export function renderChart(option: EChartsOption, width: number, height: number): RenderedChart {
  const svg = chartToSvg(option, width, height);
  return { svg, png: svgToPng(svg), width, height };
}

export interface ReportCharts {
  trend: RenderedChart | null;
  /** By question id. */
  distributions: Map<string, RenderedChart>;
}

/** Every chart of a report, drawn once and shared by the PDF and DOCX renderers. */
export function drawReportCharts(model: ReportModel): ReportCharts {
  const trend =
    model.trend && model.trend.points.length > 0
      ? renderChart(trendChartOptions(model.trend, model.language), 500, 240)
      : null;
  const distributions = new Map<string, RenderedChart>();
  for (const d of model.distributions) {
    if (d.n === 0) continue;
    distributions.set(d.questionId, renderChart(distributionChartOptions(d, model.language), 500, 170));
  }
  return { trend, distributions };
}
