// A survey's report, made while the user waits (GET …/report.pdf|docx): the figures are read in
// the workspace's transaction, then drawn after it. The period is the whole history, or the last
// whole week or month (compared with the one before it) in the workspace's time zone.
import type { Db } from '../../../db/database';
import { inWorkspace } from '../../../db/database';
import { workspaceTimeZone } from '../scope/response-scope';
import { renderReportFile, type RenderedReport } from './render-report';
import { buildReportModel } from './report-model';
import { previousPeriod } from './schedule-times';
import type { REPORT_PERIODS } from './schemas';

export interface DownloadReportOptions {
  surveyId: string;
  format: 'pdf' | 'docx';
  period: (typeof REPORT_PERIODS)[number];
  language?: string;
  now?: Date;
}

export async function downloadReport(
  db: Db,
  workspaceId: string,
  opts: DownloadReportOptions,
): Promise<RenderedReport> {
  const now = opts.now ?? new Date();
  const model = await inWorkspace(db, workspaceId, async (tx) => {
    const filters =
      opts.period === 'all'
        ? {}
        : previousPeriod(
            opts.period === 'last_week' ? 'weekly' : 'monthly',
            now,
            await workspaceTimeZone(tx, workspaceId),
          );
    return buildReportModel(tx, workspaceId, {
      surveyId: opts.surveyId,
      filters,
      now,
      ...(opts.language ? { language: opts.language } : {}),
    });
  });
  return renderReportFile(model, opts.format);
}
