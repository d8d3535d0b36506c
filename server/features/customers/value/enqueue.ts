// The customers.values job, enqueued in the caller's transaction (graphile-worker's add_job is
// plain SQL). The job key names the workspace and "replace" mode moves a waiting job's run_at, so
// a burst of requests (merges, erasures) costs one recompute, run a few seconds after the last;
// a request made while one runs queues one more run after it, so the values always end up
// computed from the newest data.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../../../db/database';

export const VALUES_TASK = 'customers.values';
export const VALUES_NIGHTLY_TASK = 'customers.values.nightly';
const MAX_ATTEMPTS = 5;

export const valuesJobPayload = z.object({ workspaceId: z.uuid() });

const jobKey = (workspaceId: string) => `${VALUES_TASK}:${workspaceId}`;

export async function enqueueValueRecompute(tx: Tx, workspaceId: string, delaySeconds = 5): Promise<void> {
  await sql`SELECT graphile_worker.add_job(
    ${VALUES_TASK},
    ${JSON.stringify({ workspaceId })}::json,
    run_at => now() + make_interval(secs => ${delaySeconds}),
    max_attempts => ${MAX_ATTEMPTS}::int,
    job_key => ${jobKey(workspaceId)}::text,
    job_key_mode => 'replace'
  )`.execute(tx);
}

/** One job per workspace that has customers, in one statement (run in the system scope). */
export async function enqueueEveryWorkspace(tx: Tx): Promise<number> {
  const { rows } = await sql<{ id: string }>`
    SELECT w.id, graphile_worker.add_job(
      ${VALUES_TASK},
      json_build_object('workspaceId', w.id),
      max_attempts => ${MAX_ATTEMPTS}::int,
      job_key => ${`${VALUES_TASK}:`}::text || w.id::text
    )
    FROM workspaces w
    WHERE EXISTS (SELECT 1 FROM customers c WHERE c.workspace_id = w.id)`.execute(tx);
  return rows.length;
}
