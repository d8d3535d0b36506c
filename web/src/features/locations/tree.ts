// The location tree from the API's flat list, and the placement rules the editor offers (the same
// as server/platform/locations/tree-rules.ts: a brand only at the top; region, store and online
// channel under a brand or a region).
import type { Location, LocationKind } from '../../api/types';

export interface LocationNode extends Location {
  children: LocationNode[];
}

const ALLOWED_PARENTS: Record<LocationKind, readonly (LocationKind | null)[]> = {
  brand: [null],
  region: ['brand', 'region'],
  store: ['brand', 'region'],
  online: ['brand', 'region'],
};

export function canPlace(kind: LocationKind, parentKind: LocationKind | null): boolean {
  return ALLOWED_PARENTS[kind].includes(parentKind);
}

/** The kinds that may be added under a parent (null: at the top). */
export function childKinds(parentKind: LocationKind | null): LocationKind[] {
  return (Object.keys(ALLOWED_PARENTS) as LocationKind[]).filter((k) => canPlace(k, parentKind));
}

const byPosition = (a: Location, b: Location) => a.position - b.position || a.name.localeCompare(b.name);

/** Nests the flat list; a node whose parent is missing is shown at the top rather than lost. */
export function buildTree(items: readonly Location[]): LocationNode[] {
  const nodes = new Map(items.map((l) => [l.id, { ...l, children: [] as LocationNode[] }]));
  const roots: LocationNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: LocationNode[]) => {
    list.sort(byPosition);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** The ids of a location and everything under it. */
export function subtreeIds(items: readonly Location[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of items) {
      if (l.parentId && ids.has(l.parentId) && !ids.has(l.id)) {
        ids.add(l.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Where a location may move: allowed kinds, and never under itself or its own children. */
export function possibleParents(items: readonly Location[], location: Location): Location[] {
  const own = subtreeIds(items, location.id);
  return items.filter((p) => !own.has(p.id) && canPlace(location.kind, p.kind));
}

/** A position after the last sibling, so that a new location appears at the end of its list. */
export function nextPosition(items: readonly Location[], parentId: string | null): number {
  const siblings = items.filter((l) => l.parentId === parentId);
  return siblings.length ? Math.max(...siblings.map((l) => l.position)) + 1 : 0;
}

/** Ids of the locations that have children: expanded when the page opens. */
export function parentIds(items: readonly Location[]): string[] {
  return [...new Set(items.flatMap((l) => (l.parentId ? [l.parentId] : [])))];
}

export interface LocationTreeOption {
  value: string;
  title: string;
  children: LocationTreeOption[];
}

/** The tree as a TreeSelect's options (value: the location's id). */
export function locationTreeOptions(nodes: readonly LocationNode[]): LocationTreeOption[] {
  return nodes.map((n) => ({ value: n.id, title: n.name, children: locationTreeOptions(n.children) }));
}
