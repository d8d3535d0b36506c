import type { Selectable } from 'kysely';
import type { ApiKeysTable } from '../../db/schema';

export const presentApiKey = (k: Selectable<ApiKeysTable>) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.prefix,
  createdAt: k.created_at.toISOString(),
  lastUsedAt: k.last_used_at?.toISOString() ?? null,
  revokedAt: k.revoked_at?.toISOString() ?? null,
});
