// Every background task by name. Each is small: a typed payload, one call, errors thrown so that
// graphile-worker retries with exponential backoff.
import type { TaskList } from 'graphile-worker';
import { exportTasks } from '../../features/analytics/exports/jobs';
import { reportTasks } from '../../features/analytics/reports/jobs';
import { rollupTasks } from '../../features/analytics/rollups/jobs';
import { importTasks } from '../../features/customers/import/jobs';
import { valueTasks } from '../../features/customers/value/jobs';
import { outreachTasks } from '../../features/distribution/outreach/jobs';
import { deleteExpiredSessions } from '../auth/session-store';
import { deliverWebhookTask, dispatchEventTask } from '../webhooks/jobs';
import { DELIVER_TASK } from '../webhooks/queue';
import type { WorkerDeps } from './worker';

export function buildTaskList(deps: WorkerDeps): TaskList {
  return {
    'sessions.cleanup': async () => {
      const n = await deleteExpiredSessions(deps.db);
      if (n) deps.log.info({ deleted: n }, 'expired sessions removed');
    },
    // Every published event (publish-event.ts). Webhooks are its only consumer so far.
    'events.dispatch': (payload) => dispatchEventTask(deps, payload),
    [DELIVER_TASK]: (payload, helpers) => deliverWebhookTask(deps, payload, helpers),
    ...importTasks(deps),
    ...valueTasks(deps),
    ...rollupTasks(deps),
    ...exportTasks(deps),
    ...reportTasks(deps),
    ...outreachTasks(deps),
  };
}
