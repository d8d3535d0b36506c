// Deleting a location that still has children would orphan them: the console asks to move or
// delete those first.
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { publishEvent } from '../events/publish-event';
import { conflict, notFound } from '../errors';
import { presentLocation } from './present';
import { countChildren, deleteLocationRow, findLocation } from './store';

export async function deleteLocation(tx: Tx, actor: Actor, id: string): Promise<void> {
  const location = await findLocation(tx, actor.workspaceId, id);
  if (!location) throw notFound('location');
  if ((await countChildren(tx, actor.workspaceId, id)) > 0) {
    throw conflict('This location still has locations under it. Move or delete them first.');
  }
  await deleteLocationRow(tx, actor.workspaceId, id);
  await publishEvent(tx, actor.workspaceId, 'location.deleted', { location: presentLocation(location) });
}
