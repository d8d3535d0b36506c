// The export tasks, as graphile-worker tasks: a typed payload and one call.
//   analytics.export         makes the file (run-export.ts); marks a failed export itself
//   analytics.export.expire  queued for the moment an export expires (7 days after it ended):
//                            removes its file and row
import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import type { WorkerDeps } from '../../../platform/jobs/worker';
import { expireExport } from './expire-export';
import { runExport } from './run-export';
import { EXPIRE_TASK, EXPORT_TASK } from './store';

const exportJobPayload = z.object({ workspaceId: z.uuid(), exportId: z.uuid() });

export function exportTasks(deps: WorkerDeps): TaskList {
  return {
    [EXPORT_TASK]: async (payload) => {
      const ref = exportJobPayload.parse(payload);
      await runExport({ db: deps.db, dataDir: deps.env.dataDir, log: deps.log }, ref);
      deps.log.info(ref, 'analytics export ended');
    },
    [EXPIRE_TASK]: async (payload) => {
      await expireExport(deps.db, deps.env.dataDir, exportJobPayload.parse(payload));
    },
  };
}
