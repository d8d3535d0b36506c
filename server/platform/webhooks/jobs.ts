// The two webhook jobs, as graphile-worker tasks: a typed payload and one call each.
import type { JobHelpers } from 'graphile-worker';
import { z } from 'zod';
import type { WorkerDeps } from '../jobs/worker';
import { deliverWebhook } from './deliver-webhook';
import { dispatchEvent } from './dispatch-event';
import { deliverJobPayload } from './queue';

/** The payload publishEvent gives events.dispatch. */
const eventJobPayload = z.object({ workspaceId: z.uuid(), eventId: z.uuid() });

export async function dispatchEventTask(deps: WorkerDeps, payload: unknown): Promise<void> {
  const ref = eventJobPayload.parse(payload);
  const made = await dispatchEvent(deps.db, ref);
  if (made) deps.log.debug({ ...ref, deliveries: made }, 'event dispatched to webhooks');
}

export async function deliverWebhookTask(deps: WorkerDeps, payload: unknown, helpers: JobHelpers) {
  const { workspaceId, deliveryId } = deliverJobPayload.parse(payload);
  const { attempts, max_attempts } = helpers.job;
  try {
    const lastAttempt = attempts >= max_attempts;
    const status = await deliverWebhook(deps, { workspaceId, deliveryId, lastAttempt });
    if (status === 'failed') {
      deps.log.warn({ workspaceId, deliveryId, attempt: attempts }, 'webhook delivery failed for good');
    }
  } catch (e) {
    deps.log.warn({ workspaceId, deliveryId, attempt: attempts, err: e }, 'webhook delivery attempt failed');
    throw e;
  }
}
