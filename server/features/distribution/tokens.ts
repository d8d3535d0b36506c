// Personal invitation tokens. A token is the HMAC of the invitation's id under its distribution's
// secret, so the send job can rebuild the same link for a reminder while the database keeps only the
// token's SHA-256 for lookup (as it does for sessions and keys).
import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import { sha256 } from '../../platform/ids';

export const invitationToken = (tokenSecret: string, invitationId: string): string =>
  createHmac('sha256', tokenSecret).update(`invitation:${invitationId}`).digest('base64url').slice(0, 32);

export const tokenHash = (token: string): string => sha256(token);

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** The workspace and invitation behind a token (the public unsubscribe and open routes), or null. */
export async function invitationTokenOwner(
  db: Db,
  token: string,
): Promise<{ workspaceId: string; invitationId: string } | null> {
  if (!TOKEN.test(token)) return null;
  const { rows } = await sql<{ workspace_id: string; id: string }>`
    SELECT * FROM rapport_invitation_token(${tokenHash(token)})`.execute(db);
  const row = rows[0];
  return row ? { workspaceId: row.workspace_id, invitationId: row.id } : null;
}

/** The invitation a token names, inside its workspace's transaction. */
export const findInvitationByToken = (tx: Tx, workspaceId: string, token: string) =>
  TOKEN.test(token)
    ? tx
        .selectFrom('survey_invitations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('token_hash', '=', tokenHash(token))
        .executeTakeFirst()
    : Promise.resolve(undefined);
