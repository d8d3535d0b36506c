// Every background task by name. Each is small: a typed payload, one call, errors thrown so that
// graphile-worker retries with exponential backoff.
import type { TaskList } from 'graphile-worker';
import { deleteExpiredSessions } from '../auth/session-store';
import type { WorkerDeps } from './worker';

export function buildTaskList(deps: WorkerDeps): TaskList {
  return {
    'sessions.cleanup': async () => {
      const n = await deleteExpiredSessions(deps.db);
      if (n) deps.log.info({ deleted: n }, 'expired sessions removed');
    },
    // Until webhooks subscribe to events, dispatching has nothing to do.
    'events.dispatch': async () => {},
  };
}
