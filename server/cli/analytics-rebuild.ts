// `rapport analytics:rebuild [--workspace SLUG]`: recounts the rollups of one workspace (or of
// every workspace) from the answer facts and re-indexes its free-text answers for search, one workspace per transaction. Dashboards keep reading
// the old rollups until each workspace's rebuild commits.
import { inWorkspace } from '../db/database';
import { refreshSearchTerms } from '../features/analytics/comments/refresh-search-terms';
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
      // The search words of free-text answers, in case the segmentation changed since they were written.
      const texts = await inWorkspace(rt.db, ws.id, (tx) => refreshSearchTerms(tx, ws.id));
      process.stdout.write(
        `${ws.slug}: ${responses} responses rolled up, ${texts} text answers re-indexed in ${Date.now() - started} ms\n`,
      );
    }
  } finally {
    await rt.close();
  }
};
