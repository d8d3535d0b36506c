// The rollup job: adds the workspace's newly completed responses to its rollups (roll-up.ts).
import type { TaskList } from 'graphile-worker';
import { inWorkspace } from '../../../db/database';
import type { WorkerDeps } from '../../../platform/jobs/worker';
import { ROLLUP_TASK, rollupJobPayload } from './enqueue';
import { rollUpWorkspace } from './roll-up';

export function rollupTasks(deps: WorkerDeps): TaskList {
  return {
    [ROLLUP_TASK]: async (payload) => {
      const { workspaceId } = rollupJobPayload.parse(payload);
      const added = await inWorkspace(deps.db, workspaceId, (tx) => rollUpWorkspace(tx, workspaceId));
      if (added) deps.log.debug({ workspaceId, added }, 'responses rolled up');
    },
  };
}
