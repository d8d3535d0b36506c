// One scheduled report email: the report of the schedule's survey for the given days, in its
// language and format, attached to one mail to all its recipients. The figures are read in the
// workspace's transaction; drawing and sending happen after it, holding no connection. A failure
// is written to the schedule (last_error, shown in the console) and thrown, so graphile-worker
// retries the job; a success records last_run_at and clears the error.
import type { Logger } from 'pino';
import type { AnalyticsFilters } from '../../../../common/analytics/query';
import { inWorkspace, type Db } from '../../../db/database';
import type { Mailer } from '../../../platform/mail/mailer';
import { renderReportFile } from './render-report';
import { buildReportModel } from './report-model';
import { formatPeriod } from './report-format';
import { fill, reportTexts } from './report-texts';
import type { ReportSendPayload } from './queue';
import { findSchedule, recordRun } from './store';

export interface SendReportDeps {
  db: Db;
  mailer: Mailer;
  log: Logger;
}

export async function sendScheduledReport(deps: SendReportDeps, job: ReportSendPayload, now = new Date()) {
  const { workspaceId, scheduleId, from, to } = job;
  const recordFailure = async (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    await inWorkspace(deps.db, workspaceId, (tx) =>
      recordRun(tx, workspaceId, scheduleId, { ok: false, error: message.slice(0, 1000) }),
    );
  };
  const schedule = await inWorkspace(deps.db, workspaceId, (tx) => findSchedule(tx, workspaceId, scheduleId));
  if (!schedule) {
    deps.log.info(job, 'report schedule gone; nothing sent');
    return;
  }
  try {
    const filters = { ...((schedule.params as { filters?: AnalyticsFilters }).filters ?? {}), from, to };
    const model = await inWorkspace(deps.db, workspaceId, (tx) =>
      buildReportModel(tx, workspaceId, {
        surveyId: schedule.survey_id,
        filters,
        language: schedule.language,
        now,
      }),
    );
    const file = await renderReportFile(model, schedule.format);
    const t = reportTexts(schedule.language);
    const values = {
      name: model.surveyName,
      period: formatPeriod(schedule.language, { from, to }),
      frequency: t[schedule.frequency],
    };
    await deps.mailer.send({
      to: schedule.recipients.join(', '),
      subject: fill(t.mailSubject, values),
      text: fill(t.mailBody, values),
      attachments: [{ filename: file.fileName, content: file.buffer, contentType: file.contentType }],
    });
  } catch (err) {
    await recordFailure(err);
    throw err;
  }
  await inWorkspace(deps.db, workspaceId, (tx) =>
    recordRun(tx, workspaceId, scheduleId, { ok: true, at: now }),
  );
  deps.log.info({ ...job, recipients: schedule.recipients.length }, 'report sent');
}
