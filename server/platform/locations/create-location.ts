import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { publishEvent } from '../events/publish-event';
import { conflict, isUniqueViolation, notFound } from '../errors';
import { newId, shortCode } from '../ids';
import { presentLocation } from './present';
import type { LocationKind } from './schemas';
import { findLocation, insertLocation } from './store';
import { checkPlacement } from './tree-rules';

export interface CreateLocationOptions {
  parentId: string | null;
  kind: LocationKind;
  name: string;
  /** Short code for URLs and QR codes; a random one when missing. */
  code?: string;
  position?: number;
}

export async function createLocation(tx: Tx, actor: Actor, opts: CreateLocationOptions) {
  const parent = opts.parentId ? await findLocation(tx, actor.workspaceId, opts.parentId) : null;
  if (opts.parentId && !parent) throw notFound('parent location');
  checkPlacement(opts.kind, parent?.kind ?? null);
  const location = await insertLocation(tx, {
    workspace_id: actor.workspaceId,
    id: newId(),
    parent_id: opts.parentId,
    kind: opts.kind,
    name: opts.name,
    code: opts.code ?? `${opts.kind.slice(0, 2)}-${shortCode(5)}`,
    position: opts.position ?? 0,
  }).catch((e: unknown) => {
    if (isUniqueViolation(e)) throw conflict('Another location already has that code.', 'code');
    throw e;
  });
  await publishEvent(tx, actor.workspaceId, 'location.created', { location: presentLocation(location) });
  return location;
}
