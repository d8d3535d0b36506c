// Register a webhook. Its signing secret is made here and returned this once.
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { newId } from '../ids';
import { presentWebhook } from './present';
import { newWebhookSecret } from './signing';
import { insertWebhook } from './store';
import { checkWebhookUrl } from './target-url';

export interface CreateWebhookOptions {
  /** Where deliveries are POSTed: http(s), and a public address unless allowPrivate. */
  url: string;
  description?: string;
  /** Event types from the catalogue (common/events.ts), or ['*'] for all. */
  eventTypes: string[];
  /** env.WEBHOOKS_ALLOW_PRIVATE: let the URL reach loopback and private networks. */
  allowPrivate: boolean;
}

export async function createWebhook(tx: Tx, actor: Actor, opts: CreateWebhookOptions) {
  await checkWebhookUrl(opts.url, opts.allowPrivate);
  const secret = newWebhookSecret();
  const row = await insertWebhook(tx, {
    workspace_id: actor.workspaceId,
    id: newId(),
    url: opts.url,
    description: opts.description ?? '',
    secret,
    event_types: [...new Set(opts.eventTypes)],
  });
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'webhook.created',
    targetType: 'webhook',
    targetId: row.id,
    details: { url: row.url, eventTypes: row.event_types },
  });
  return { webhook: presentWebhook(row), secret };
}
