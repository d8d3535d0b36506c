// Rename, recode, reorder or move a location. A move may not put a location under itself.
import { givenChanges } from '../../db/changes';
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { publishEvent } from '../events/publish-event';
import { badRequest, conflict, isUniqueViolation, notFound } from '../errors';
import { presentLocation } from './present';
import { ancestorIds, findLocation, updateLocationRow } from './store';
import { checkPlacement } from './tree-rules';

export interface UpdateLocationOptions {
  parentId?: string | null;
  name?: string;
  code?: string;
  position?: number;
}

export async function updateLocation(tx: Tx, actor: Actor, id: string, changes: UpdateLocationOptions) {
  const current = await findLocation(tx, actor.workspaceId, id);
  if (!current) throw notFound('location');
  if (changes.parentId !== undefined && changes.parentId !== current.parent_id) {
    const parent = changes.parentId ? await findLocation(tx, actor.workspaceId, changes.parentId) : null;
    if (changes.parentId && !parent) throw notFound('parent location');
    checkPlacement(current.kind, parent?.kind ?? null);
    if (parent && (await ancestorIds(tx, actor.workspaceId, parent.id)).includes(id)) {
      throw badRequest('A location cannot move under itself or its own children.', 'parentId');
    }
  }
  const set = givenChanges({
    parent_id: changes.parentId,
    name: changes.name,
    code: changes.code,
    position: changes.position,
  });
  if (!set) return current;
  const updated = await updateLocationRow(tx, actor.workspaceId, id, set).catch((e: unknown) => {
    if (isUniqueViolation(e)) throw conflict('Another location already has that code.', 'code');
    throw e;
  });
  await publishEvent(tx, actor.workspaceId, 'location.updated', { location: presentLocation(updated) });
  return updated;
}
