// Ask for a recompute of a workspace's customer values (RFM, CLV, consumer type) after a change
// that moves them (a merge, an import). The job key collapses repeated requests into one job,
// run a few seconds later, so a burst of merges costs one recompute.
import { sql } from 'kysely';
import type { Tx } from '../../../db/database';

export const VALUES_TASK = 'customers.values';

export async function enqueueValueRecompute(tx: Tx, workspaceId: string, delaySeconds = 5): Promise<void> {
  await sql`SELECT graphile_worker.add_job(
    ${VALUES_TASK},
    ${JSON.stringify({ workspaceId })}::json,
    run_at := now() + make_interval(secs => ${delaySeconds}),
    job_key := ${`${VALUES_TASK}:${workspaceId}`},
    job_key_mode := 'replace')`.execute(tx);
}
