import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../../db/schema';

type Row = Selectable<AuditLogTable> & { user_name: string | null; key_name: string | null };

function actorOf(a: Row) {
  if (a.actor_user_id) return { type: 'user' as const, id: a.actor_user_id, name: a.user_name };
  if (a.actor_api_key_id) return { type: 'api_key' as const, id: a.actor_api_key_id, name: a.key_name };
  return { type: 'system' as const, id: null, name: null };
}

export const presentAuditEntry = (a: Row) => ({
  id: a.id,
  at: a.at.toISOString(),
  action: a.action,
  actor: actorOf(a),
  targetType: a.target_type,
  targetId: a.target_id,
  ip: a.ip,
  details: a.details,
});
