// The analytics.rollup job, enqueued in the transaction that completes a response (the moment
// `response.submitted` is published). One job key per workspace: a burst of submissions costs one
// run a second later, and a submission during a run queues one more run after it.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../../../db/database';

export const ROLLUP_TASK = 'analytics.rollup';
export const rollupJobPayload = z.object({ workspaceId: z.uuid() });

export async function enqueueRollup(tx: Tx, workspaceId: string, delaySeconds = 1): Promise<void> {
  await sql`SELECT graphile_worker.add_job(
    ${ROLLUP_TASK},
    ${JSON.stringify({ workspaceId })}::json,
    run_at => now() + make_interval(secs => ${delaySeconds}),
    max_attempts => 10,
    job_key => ${`${ROLLUP_TASK}:${workspaceId}`}::text,
    job_key_mode => 'preserve_run_at'
  )`.execute(tx);
}
