import type { Selectable } from 'kysely';
import type { LocationsTable } from '../../db/schema';

export const presentLocation = (l: Selectable<LocationsTable>) => ({
  id: l.id,
  parentId: l.parent_id,
  kind: l.kind,
  name: l.name,
  code: l.code,
  position: l.position,
  createdAt: l.created_at.toISOString(),
});
