// Background tasks of analytics/reports (being built).
import type { CronItem, TaskList } from 'graphile-worker';
import type { WorkerDeps } from '../../../platform/jobs/worker';

export function reportTasks(_deps: WorkerDeps): TaskList {
  return {};
}

export const REPORT_CRON: CronItem[] = [];
