// Finding the API key a request carries (only its SHA-256 is stored) and the role a person has in
// a workspace: one statement each, through the rapport_api_key / rapport_member_role functions.
import { sql } from 'kysely';
import type { Role } from '../../../common/roles';
import { asSystem, type Db } from '../../db/database';
import { sha256 } from '../ids';

export async function findLiveApiKey(db: Db, secret: string) {
  const { rows } = await sql<{ id: string; workspace_id: string; role: Role; last_used_at: Date | null }>`
    SELECT * FROM rapport_api_key(${sha256(secret)})`.execute(db);
  const key = rows[0];
  // "Last used" to the minute: a write (and a WAL flush) per request would cap the API's throughput.
  if (key && (!key.last_used_at || Date.now() - key.last_used_at.getTime() > 60_000)) {
    await asSystem(db, (tx) =>
      tx
        .updateTable('api_keys')
        .set({ last_used_at: sql<Date>`now()` })
        .where('workspace_id', '=', key.workspace_id)
        .where('id', '=', key.id)
        .execute(),
    );
  }
  return key;
}

export async function memberRole(db: Db, workspaceId: string, userId: string): Promise<Role | null> {
  const { rows } = await sql<{ role: Role | null }>`
    SELECT rapport_member_role(${workspaceId}::uuid, ${userId}::uuid) AS role`.execute(db);
  return rows[0]?.role ?? null;
}
