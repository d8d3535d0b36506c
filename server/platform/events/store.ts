// Reading the outbox. Writing goes through publishEvent only.
import type { Tx } from '../../db/database';

export const findEvent = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
