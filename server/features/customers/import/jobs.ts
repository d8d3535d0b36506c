// Placeholder: the import job handlers (filled in by the import work of issue 4).
import type { TaskList } from 'graphile-worker';
import type { WorkerDeps } from '../../../platform/jobs/worker';

export function importTasks(deps: WorkerDeps): TaskList {
  void deps;
  return {};
}
