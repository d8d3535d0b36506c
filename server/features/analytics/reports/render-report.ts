// A survey's report as a file: the model from the analytics engine, the charts drawn once, then
// the PDF or DOCX renderer. Called by the report routes, the scheduled-report job and the exports
// job (format pdf/docx), always inside the workspace's transaction.
import type { AnalyticsFilters } from '../../../../common/analytics/query';
import type { Tx } from '../../../db/database';
import { buildReportModel } from './report-model';
import { reportTexts } from './report-texts';
import type { ReportModel } from './report-types';

export interface ReportInput {
  surveyId: string;
  format: 'pdf' | 'docx';
  /** Which responses; from/to (days in the workspace's time zone) also set the compared period. */
  filters?: AnalyticsFilters;
  /** Any language tag; the nearest of en, es, zh-CN, zh-TW. Default: the survey's default language. */
  language?: string;
  /** "Now" for the trend window and the generated-at line (tests). */
  now?: Date;
}

export interface RenderedReport {
  buffer: Buffer;
  fileName: string;
  contentType: string;
}

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** A file name safe on every system, keeping Chinese: no path or control characters. */
function fileNameOf(surveyName: string, title: string, period: { from: string | null; to: string | null }) {
  const safe = `${surveyName} ${title}`
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  const dates = period.from || period.to ? ` ${period.from ?? ''}_${period.to ?? ''}` : '';
  return `${safe}${dates}`;
}

export async function renderReport(tx: Tx, workspaceId: string, input: ReportInput): Promise<RenderedReport> {
  const model = await buildReportModel(tx, workspaceId, {
    surveyId: input.surveyId,
    filters: input.filters ?? {},
    ...(input.language ? { language: input.language } : {}),
    ...(input.now ? { now: input.now } : {}),
  });
  return renderReportFile(model, input.format);
}

/**
 * The drawing half, with no database: callers that can should build the model in their
 * transaction and draw after it, so no connection waits on a second of rendering.
 */
export async function renderReportFile(model: ReportModel, format: 'pdf' | 'docx'): Promise<RenderedReport> {
  // ECharts, resvg, pdfkit and docx load on the first report, not at every start (about 1.5 s).
  const { drawReportCharts } = await import('./charts');
  const charts = drawReportCharts(model);
  const buffer =
    format === 'pdf'
      ? await (await import('./render-pdf')).renderPdf(model, charts)
      : await (await import('./render-docx')).renderDocx(model, charts);
  const base = fileNameOf(model.surveyName, reportTexts(model.language).reportTitle, model.period);
  return { buffer, fileName: `${base}.${format}`, contentType: CONTENT_TYPES[format] };
}
