// Change where a webhook points, what it receives, or turn it off and on.
import { givenChanges } from '../../db/changes';
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { notFound } from '../errors';
import { findWebhook, updateWebhookRow } from './store';
import { checkWebhookUrl } from './target-url';

export interface UpdateWebhookOptions {
  url?: string;
  description?: string;
  eventTypes?: string[];
  /** false stops deliveries, including retries still waiting; true starts them again. */
  active?: boolean;
  /** env.WEBHOOKS_ALLOW_PRIVATE, for a new url. */
  allowPrivate: boolean;
}

export async function updateWebhook(tx: Tx, actor: Actor, id: string, opts: UpdateWebhookOptions) {
  const current = await findWebhook(tx, actor.workspaceId, id);
  if (!current) throw notFound('webhook');
  const { allowPrivate, ...changes } = opts;
  if (changes.url !== undefined) await checkWebhookUrl(changes.url, allowPrivate);
  const set = givenChanges({
    url: changes.url,
    description: changes.description,
    event_types: changes.eventTypes && [...new Set(changes.eventTypes)],
    active: changes.active,
  });
  if (!set) return current;
  const updated = await updateWebhookRow(tx, actor.workspaceId, id, set);
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'webhook.updated',
    targetType: 'webhook',
    targetId: id,
    details: { changes },
  });
  return updated;
}
