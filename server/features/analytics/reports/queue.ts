// The report jobs and how they are queued. analytics.reports.due (cron, every 15 minutes) takes
// the schedules that are due and queues one analytics.report.send each; "send now" queues one too.
// graphile-worker's add_job is plain SQL, so a job commits with the change that asked for it.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../../../db/database';

export const REPORT_SEND_TASK = 'analytics.report.send';
export const REPORTS_DUE_TASK = 'analytics.reports.due';
/** A failed send is retried with graphile-worker's exponential backoff (about 1 h in all). */
const MAX_ATTEMPTS = 6;

export const reportSendPayload = z.object({
  workspaceId: z.uuid(),
  scheduleId: z.uuid(),
  /** The days reported on, in the workspace's time zone. */
  from: z.iso.date(),
  to: z.iso.date(),
});
export type ReportSendPayload = z.infer<typeof reportSendPayload>;

/**
 * One send of one schedule's report for one period. The job key names both, so a second request
 * for the same report while the first still waits (a double click on "send now") joins it.
 */
export async function enqueueReportSend(tx: Tx, payload: ReportSendPayload): Promise<void> {
  await sql`SELECT graphile_worker.add_job(
    ${REPORT_SEND_TASK},
    ${JSON.stringify(payload)}::json,
    max_attempts => ${MAX_ATTEMPTS}::int,
    job_key => ${`${REPORT_SEND_TASK}:${payload.scheduleId}:${payload.from}:${payload.to}`}::text
  )`.execute(tx);
}
