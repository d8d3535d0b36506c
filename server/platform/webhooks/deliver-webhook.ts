// One attempt at one delivery: build the body from the event, sign it, POST it, record the outcome.
// The row is updated only after the HTTP call, so a crash in between means the receiver may get
// the same delivery again (at least once; receivers dedupe on Rapport-Delivery). A failed attempt
// throws so that graphile-worker retries it; after the last attempt the delivery is 'failed'.
import { inWorkspace, type Db } from '../../db/database';
import type { Env } from '../../env';
import { sendWebhook } from './send';
import { signatureHeader } from './signing';
import { closeDelivery, findDeliveryWork, recordAttempt } from './store';

export const DELIVERY_TIMEOUT_MS = 10_000;

export interface DeliverOptions {
  workspaceId: string;
  deliveryId: string;
  /** No retry follows this attempt: a failure is final. */
  lastAttempt: boolean;
}

export class DeliveryFailed extends Error {}

/** The delivery's status after this attempt; null when there was nothing to send. */
export async function deliverWebhook(
  deps: { db: Db; env: Env },
  opts: DeliverOptions,
): Promise<'succeeded' | 'failed' | null> {
  const { db, env } = deps;
  const { workspaceId, deliveryId } = opts;
  const work = await inWorkspace(db, workspaceId, (tx) => findDeliveryWork(tx, workspaceId, deliveryId));
  if (!work || work.status !== 'pending') return null; // deleted with its webhook, or already done
  if (!work.active) {
    await inWorkspace(db, workspaceId, (tx) =>
      closeDelivery(tx, workspaceId, deliveryId, 'The webhook was turned off before this was sent.'),
    );
    return 'failed';
  }

  const body = JSON.stringify({
    id: work.event_id,
    type: work.event_type,
    createdAt: work.event_created_at.toISOString(),
    workspaceId,
    data: work.event_payload,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const outcome = await sendWebhook({
    url: work.url,
    body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'Rapport-Webhooks/1',
      'Rapport-Event': work.event_type,
      'Rapport-Delivery': deliveryId,
      'Rapport-Timestamp': String(timestamp),
      'Rapport-Signature': signatureHeader(work.secret, timestamp, body),
    },
    allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE,
    timeoutMs: DELIVERY_TIMEOUT_MS,
  });

  const now = new Date();
  const succeeded = outcome.error === null;
  await inWorkspace(db, workspaceId, (tx) =>
    recordAttempt(tx, workspaceId, deliveryId, {
      status: succeeded ? 'succeeded' : opts.lastAttempt ? 'failed' : 'pending',
      last_status_code: outcome.statusCode,
      last_error: outcome.error,
      last_attempt_at: now,
      delivered_at: succeeded ? now : null,
    }),
  );
  if (!succeeded && !opts.lastAttempt) throw new DeliveryFailed(`${work.url}: ${outcome.error}`);
  return succeeded ? 'succeeded' : 'failed';
}
