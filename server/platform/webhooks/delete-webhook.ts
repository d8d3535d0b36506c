// Remove a webhook and its delivery log. Jobs already queued for it find nothing and stop.
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { notFound } from '../errors';
import { deleteWebhookRow, findWebhook } from './store';

export async function deleteWebhook(tx: Tx, actor: Actor, id: string): Promise<void> {
  const webhook = await findWebhook(tx, actor.workspaceId, id);
  if (!webhook) throw notFound('webhook');
  await deleteWebhookRow(tx, actor.workspaceId, id);
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'webhook.deleted',
    targetType: 'webhook',
    targetId: id,
    details: { url: webhook.url },
  });
}
