// The audit log of security-relevant actions (sign-in, role change, key created, export, erase…),
// written inside the transaction of the action itself.
import type { Tx } from '../../db/database';
import { newId } from '../ids';
import type { Actor } from '../actor';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

export async function writeAudit(
  tx: Tx,
  workspaceId: string,
  actor: Pick<Actor, 'userId' | 'apiKeyId' | 'ip'> | null,
  entry: AuditEntry,
): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      workspace_id: workspaceId,
      id: newId(),
      actor_user_id: actor?.userId ?? null,
      actor_api_key_id: actor?.apiKeyId ?? null,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      ip: actor?.ip ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
