// The webhooks.deliver job: its payload, its retry limit and how it is enqueued. add_job is plain
// SQL, so the job is enqueued in the same transaction as the delivery row it sends.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../../db/database';

export const DELIVER_TASK = 'webhooks.deliver';

/**
 * Attempts per delivery. graphile-worker waits e^n seconds after the n-th failure (capped at
 * e^10 ≈ 6 h), so 12 attempts spread over about 16 hours.
 */
export const MAX_DELIVERY_ATTEMPTS = 12;

export const deliverJobPayload = z.object({ workspaceId: z.uuid(), deliveryId: z.uuid() });
export type DeliverJobPayload = z.infer<typeof deliverJobPayload>;

export async function enqueueDelivery(tx: Tx, workspaceId: string, deliveryId: string): Promise<void> {
  const payload: DeliverJobPayload = { workspaceId, deliveryId };
  // The job key names the delivery: enqueuing the same delivery twice leaves one job.
  await sql`SELECT graphile_worker.add_job(
    ${DELIVER_TASK},
    ${JSON.stringify(payload)}::json,
    max_attempts => ${MAX_DELIVERY_ATTEMPTS}::int,
    job_key => ${`${DELIVER_TASK}:${deliveryId}`}::text,
    job_key_mode => 'unsafe_dedupe'
  )`.execute(tx);
}
