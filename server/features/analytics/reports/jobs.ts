// Background tasks of analytics/reports: the 15-minute scan for due schedules and one send per
// schedule and period (queue.ts). The worker's mailer is made from the environment (SMTP_URL).
import type { CronItem, TaskList } from 'graphile-worker';
import type { WorkerDeps } from '../../../platform/jobs/worker';
import { createMailer } from '../../../platform/mail/mailer';
import { REPORT_SEND_TASK, REPORTS_DUE_TASK, reportSendPayload } from './queue';
import { sendScheduledReport } from './send-report';
import { takeDueSchedules } from './take-due-schedules';

export function reportTasks(deps: WorkerDeps): TaskList {
  const mailer = createMailer(deps.env.SMTP_URL, deps.env.MAIL_FROM);
  return {
    [REPORTS_DUE_TASK]: async () => {
      const queued = await takeDueSchedules(deps.db);
      if (queued) deps.log.info({ queued }, 'scheduled reports queued');
    },
    [REPORT_SEND_TASK]: async (payload) => {
      await sendScheduledReport({ db: deps.db, mailer, log: deps.log }, reportSendPayload.parse(payload));
    },
  };
}

/** Every 15 minutes: a report due at 08:00 goes out by 08:15. */
export const REPORT_CRON: CronItem[] = [{ task: REPORTS_DUE_TASK, match: '*/15 * * * *' }];
