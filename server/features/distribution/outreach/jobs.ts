// Background tasks of outreach: sending due invitations (queued for each send time, and every
// minute as a safety net), reminders (hourly) and automatic invitations after orders (every 15
// minutes). The worker's senders use a mailer made from the environment (SMTP_URL).
import type { CronItem, TaskList } from 'graphile-worker';
import type { WorkerDeps } from '../../../platform/jobs/worker';
import { createMailer } from '../../../platform/mail/mailer';
import { makeSenders } from '../messaging/senders';
import type { OutreachDeps } from './deps';
import { runOrderTriggers } from './order-triggers';
import { outreachJobPayload, REMINDERS_TASK, SEND_TASK, TRIGGERS_TASK } from './queue';
import { sendReminders } from './reminders';
import { SEND_CONCURRENCY, sendDueInvitations } from './send-due';

export function outreachTasks(deps: WorkerDeps): TaskList {
  // Invitations go out in bulk: a few SMTP connections kept open, used in parallel (send-due.ts).
  const mailer = createMailer(deps.env.SMTP_URL, deps.env.MAIL_FROM, { pool: SEND_CONCURRENCY });
  const outreach: OutreachDeps = {
    db: deps.db,
    publicUrl: deps.env.publicUrl,
    log: deps.log,
    senders: makeSenders({ db: deps.db, env: deps.env, log: deps.log, mailer }),
  };
  return {
    [SEND_TASK]: async (payload) => {
      await sendDueInvitations(outreach, outreachJobPayload.parse(payload ?? {}));
    },
    [REMINDERS_TASK]: async (payload) => {
      await sendReminders(outreach, outreachJobPayload.parse(payload ?? {}));
    },
    [TRIGGERS_TASK]: async (payload) => {
      await runOrderTriggers(deps, outreachJobPayload.parse(payload ?? {}));
    },
  };
}

export const OUTREACH_CRON: CronItem[] = [
  { task: SEND_TASK, match: '* * * * *' },
  { task: REMINDERS_TASK, match: '0 * * * *' },
  { task: TRIGGERS_TASK, match: '*/15 * * * *' },
];
