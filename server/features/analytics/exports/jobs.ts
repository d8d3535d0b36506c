// Background tasks of analytics/exports (being built).
import type { TaskList } from 'graphile-worker';
import type { WorkerDeps } from '../../../platform/jobs/worker';

export function exportTasks(_deps: WorkerDeps): TaskList {
  return {};
}
