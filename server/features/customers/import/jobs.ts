// The import job, as a graphile-worker task: a typed payload and one call. The job marks a failed
// import `failed` itself (a retry would import the same rows twice); it is retried only when the
// worker died mid-import, and then carries on after the last committed batch.
import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import type { WorkerDeps } from '../../../platform/jobs/worker';
import { runImport } from './run-import';
import { IMPORT_TASK } from './store';

const importJobPayload = z.object({ workspaceId: z.uuid(), importId: z.uuid() });

export function importTasks(deps: WorkerDeps): TaskList {
  return {
    [IMPORT_TASK]: async (payload) => {
      const ref = importJobPayload.parse(payload);
      await runImport({ db: deps.db, dataDir: deps.env.dataDir, log: deps.log }, ref);
      deps.log.info(ref, 'customer import ended');
    },
  };
}
