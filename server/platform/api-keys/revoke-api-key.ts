import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { notFound } from '../errors';

export async function revokeApiKey(tx: Tx, actor: Actor, id: string) {
  const row = await tx
    .updateTable('api_keys')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(new Date())) }))
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('API key');
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'apikey.revoked',
    targetType: 'api_key',
    targetId: id,
  });
  return row;
}
