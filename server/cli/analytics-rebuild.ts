// `rapport analytics:rebuild [--workspace SLUG]`: recounts the rollups of one workspace (or of
// every workspace) from the answer facts, one workspace per transaction. Dashboards keep reading
// the old rollups until each workspace's rebuild commits.
import { inWorkspace } from '../db/database';
import { rebuildRollups } from '../features/analytics/rollups/roll-up';
import { openRuntime } from '../runtime';
import type { Command } from './commands';

export const analyticsRebuild: Command = async ({ env, log, values }) => {
  const rt = await openRuntime(env, log);
  try {
    let query = rt.db.selectFrom('workspaces').select(['id', 'slug']).orderBy('slug');
    if (values.workspace) query = query.where('slug', '=', String(values.workspace));
    const workspaces = await query.execute();
    if (values.workspace && !workspaces.length)
      throw new Error(`No workspace with slug ${String(values.workspace)}`);
    for (const ws of workspaces) {
      const started = Date.now();
      const responses = await inWorkspace(rt.db, ws.id, (tx) => rebuildRollups(tx, ws.id));
      process.stdout.write(`${ws.slug}: ${responses} responses rolled up in ${Date.now() - started} ms\n`);
    }
  } finally {
    await rt.close();
  }
};
