// SQL the kiosk needs beyond the distribution's own store: the code of the store it stands in.
import type { Tx } from '../../../db/database';

export async function locationCode(tx: Tx, workspaceId: string, locationId: string): Promise<string | null> {
  const row = await tx
    .selectFrom('locations')
    .select('code')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', locationId)
    .executeTakeFirst();
  return row?.code ?? null;
}
