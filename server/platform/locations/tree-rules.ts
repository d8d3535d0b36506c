// Which kind of location may sit under which: brand → region → store, online channels under a
// brand or region. A brand is always a root.
import { badRequest } from '../errors';
import type { LocationKind } from './schemas';

const ALLOWED_PARENTS: Record<LocationKind, readonly (LocationKind | null)[]> = {
  brand: [null],
  region: ['brand', 'region'],
  store: ['brand', 'region'],
  online: ['brand', 'region'],
};

export function checkPlacement(kind: LocationKind, parentKind: LocationKind | null): void {
  if (!ALLOWED_PARENTS[kind].includes(parentKind)) {
    const where = parentKind ? `under a ${parentKind}` : 'at the top';
    throw badRequest(`A ${kind} cannot go ${where}.`, 'parentId');
  }
}
