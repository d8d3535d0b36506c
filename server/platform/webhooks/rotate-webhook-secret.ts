// A new signing secret, returned this once. The old one stops at once: every delivery from now on,
// retries of earlier events included, is signed with the new secret.
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { notFound } from '../errors';
import { presentWebhook } from './present';
import { newWebhookSecret } from './signing';
import { findWebhook, updateWebhookRow } from './store';

export async function rotateWebhookSecret(tx: Tx, actor: Actor, id: string) {
  if (!(await findWebhook(tx, actor.workspaceId, id))) throw notFound('webhook');
  const secret = newWebhookSecret();
  const row = await updateWebhookRow(tx, actor.workspaceId, id, { secret });
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'webhook.secret_rotated',
    targetType: 'webhook',
    targetId: id,
  });
  return { webhook: presentWebhook(row), secret };
}
