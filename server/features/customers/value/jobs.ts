// The value jobs: customers.values recomputes one workspace (enqueued on demand, by merges and by
// the nightly job); customers.values.nightly, at 02:00 (the worker's local time), enqueues one
// customers.values per workspace with customers, so each runs, retries and fails on its own.
import type { CronItem, TaskList } from 'graphile-worker';
import { asSystem, inWorkspace } from '../../../db/database';
import type { WorkerDeps } from '../../../platform/jobs/worker';
import { computeCustomerValues } from './compute-values';
import { enqueueEveryWorkspace, VALUES_NIGHTLY_TASK, VALUES_TASK, valuesJobPayload } from './enqueue';

export function valueTasks(deps: WorkerDeps): TaskList {
  return {
    [VALUES_TASK]: async (payload) => {
      const { workspaceId } = valuesJobPayload.parse(payload);
      const done = await inWorkspace(deps.db, workspaceId, (tx) => computeCustomerValues(tx, workspaceId));
      deps.log.info({ workspaceId, customers: done.customers }, 'customer values computed');
    },
    [VALUES_NIGHTLY_TASK]: async () => {
      const workspaces = await asSystem(deps.db, (tx) => enqueueEveryWorkspace(tx));
      deps.log.info({ workspaces }, 'nightly customer values enqueued');
    },
  };
}

export const VALUE_CRON: CronItem[] = [{ task: VALUES_NIGHTLY_TASK, match: '0 2 * * *' }];
