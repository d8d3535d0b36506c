// (being built) Background tasks of outreach: sending due invitations, reminders, order triggers.
import type { CronItem, TaskList } from 'graphile-worker';
import type { WorkerDeps } from '../../../platform/jobs/worker';

export function outreachTasks(_deps: WorkerDeps): TaskList {
  return {};
}

export const OUTREACH_CRON: CronItem[] = [];
