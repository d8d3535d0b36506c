// Which responses the explorer's filters let through. Inside one survey that is exactly the
// analytics responseScope; across the workspace (the overview's latest comments) it is the same
// conditions without the survey, built from the same pieces so a filter means the same.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { AnalyticsFilters } from '../../../../common/analytics/query';
import type { Tx } from '../../../db/database';
import { locationsWithDescendants } from '../scope/locations';
import { dayIn, responseScope, workspaceTimeZone } from '../scope/response-scope';

export async function commentScope(
  tx: Tx,
  workspaceId: string,
  surveyId: string | undefined,
  filters: AnalyticsFilters,
): Promise<RawBuilder<SqlBool>> {
  if (surveyId) return responseScope(tx, workspaceId, surveyId, filters);
  const parts: RawBuilder<unknown>[] = [sql`r.workspace_id = ${workspaceId}`, sql`r.status = 'complete'`];
  if (filters.from || filters.to) {
    const day = dayIn(sql.ref('r.completed_at'), await workspaceTimeZone(tx, workspaceId));
    if (filters.from) parts.push(sql`${day} >= ${filters.from}::date`);
    if (filters.to) parts.push(sql`${day} <= ${filters.to}::date`);
  }
  if (filters.locationIds?.length)
    parts.push(sql`r.location_id IN ${locationsWithDescendants(workspaceId, filters.locationIds)}`);
  if (filters.channels?.length) parts.push(sql`r.channel = ANY(${filters.channels}::text[])`);
  if (filters.waveIds?.length) parts.push(sql`r.wave_id = ANY(${filters.waveIds}::uuid[])`);
  if (filters.languages?.length) parts.push(sql`r.language = ANY(${filters.languages}::text[])`);
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}
