// Placeholder: the value job handlers and their schedule (filled in by the value work of issue 4).
import type { CronItem, TaskList } from 'graphile-worker';
import type { WorkerDeps } from '../../../platform/jobs/worker';

export function valueTasks(deps: WorkerDeps): TaskList {
  void deps;
  return {};
}

export const VALUE_CRON: CronItem[] = [];
