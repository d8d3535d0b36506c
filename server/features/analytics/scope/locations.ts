// The location tree in analytics SQL: a filter on a region means its stores, and a breakdown by
// region rolls each store up to the region above it.
import { sql, type RawBuilder } from 'kysely';
import type { LOCATION_LEVELS } from '../../../../common/analytics/query';

export type LocationLevel = (typeof LOCATION_LEVELS)[number];

/** The kinds a level covers: online channels sit beside stores in the tree. */
const LEVEL_KINDS: Record<LocationLevel, string[]> = {
  store: ['store', 'online'],
  region: ['region'],
  brand: ['brand'],
};

/** A subquery of the ids of the given locations and every location below them. */
export function locationsWithDescendants(workspaceId: string, ids: readonly string[]): RawBuilder<unknown> {
  return sql`(
    WITH RECURSIVE tree AS (
      SELECT l.id FROM locations l WHERE l.workspace_id = ${workspaceId} AND l.id = ANY(${ids}::uuid[])
      UNION
      SELECT l.id FROM locations l JOIN tree ON l.parent_id = tree.id WHERE l.workspace_id = ${workspaceId}
    ) SELECT id FROM tree)`;
}

/**
 * A relation `(location_id, ancestor_id)`: for each location, itself or the nearest location
 * above it of the level's kinds. Locations with none at that level are absent (their responses
 * fall in the "no location" group).
 */
export function ancestorsAtLevel(workspaceId: string, level: LocationLevel): RawBuilder<unknown> {
  return sql`(
    WITH RECURSIVE up AS (
      SELECT l.id AS location_id, l.id AS node_id, l.parent_id, l.kind FROM locations l
      WHERE l.workspace_id = ${workspaceId}
      UNION ALL
      SELECT up.location_id, p.id, p.parent_id, p.kind FROM up
      JOIN locations p ON p.workspace_id = ${workspaceId} AND p.id = up.parent_id
      WHERE NOT (up.kind = ANY(${LEVEL_KINDS[level]}::text[]))
    )
    SELECT location_id, node_id AS ancestor_id FROM up WHERE kind = ANY(${LEVEL_KINDS[level]}::text[]))`;
}
