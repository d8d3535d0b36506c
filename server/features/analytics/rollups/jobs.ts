// Background tasks of analytics/rollups (being built).
import type { TaskList } from 'graphile-worker';
import type { WorkerDeps } from '../../../platform/jobs/worker';

export function rollupTasks(_deps: WorkerDeps): TaskList {
  return {};
}
