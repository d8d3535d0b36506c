// Remove a workspace's SMS or WeChat provider: later sends on that channel fail without retry
// ("No SMS provider is configured") until one is set again.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { notFound } from '../../../platform/errors';
import { deleteProviderRow, type ProviderChannel } from './store';

export async function deleteProvider(tx: Tx, actor: Actor, channel: ProviderChannel): Promise<void> {
  const deleted = await deleteProviderRow(tx, actor.workspaceId, channel);
  if (!deleted.numDeletedRows) throw notFound(`${channel === 'sms' ? 'SMS' : 'WeChat'} provider`);
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'message_provider.deleted',
    targetType: 'message_provider',
    targetId: channel,
    details: { channel },
  });
}
