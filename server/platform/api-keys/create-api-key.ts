// A workspace API key: rpk_<8 visible chars>_<secret>. Only its SHA-256 is stored; the key is
// returned once, to be shown once.
import type { Role } from '../../../common/roles';
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { forbidden } from '../errors';
import { newId, randomToken, sha256, shortCode } from '../ids';
import { canGrant } from '../policies';
import { presentApiKey } from './present';

export interface CreateApiKeyOptions {
  name: string;
  role: Role;
}

export async function createApiKey(tx: Tx, actor: Actor, opts: CreateApiKeyOptions) {
  if (!canGrant(actor.role, opts.role)) throw forbidden('Only an owner can create an owner key.');
  const prefix = `rpk_${shortCode(8)}`;
  const secret = `${prefix}_${randomToken(24)}`;
  const row = await tx
    .insertInto('api_keys')
    .values({
      workspace_id: actor.workspaceId,
      id: newId(),
      name: opts.name,
      role: opts.role,
      prefix,
      key_hash: sha256(secret),
      created_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'apikey.created',
    targetType: 'api_key',
    targetId: row.id,
    details: { name: row.name, role: row.role, prefix },
  });
  return { key: presentApiKey(row), secret };
}
