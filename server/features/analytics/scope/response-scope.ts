// Which responses a set of analytics filters lets through, as one SQL condition on `responses r`.
// Every reader of facts (metrics on facts, crosstabs, drivers, comments, exports) uses it, so a
// filter means the same everywhere. Only complete responses count in analytics.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { AnalyticsFilters } from '../../../../common/analytics/query';
import type { Tx } from '../../../db/database';
import { notFound } from '../../../platform/errors';
import { segmentMembers } from '../../customers/segments/segment-members';
import { locationsWithDescendants } from './locations';

/** The workspace's time zone: analytics days are its calendar days. */
export async function workspaceTimeZone(tx: Tx, workspaceId: string): Promise<string> {
  const row = await tx
    .selectFrom('workspaces')
    .select('time_zone')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) throw notFound('workspace');
  return row.time_zone;
}

/** The calendar day, in the time zone, of a timestamp column. */
export function dayIn(column: RawBuilder<unknown>, timeZone: string): RawBuilder<string> {
  return sql<string>`(${column} AT TIME ZONE ${timeZone})::date`;
}

/** `surveyId` null: the workspace's responses to every survey (the overview's latest comments). */
export async function responseScope(
  tx: Tx,
  workspaceId: string,
  surveyId: string | null,
  filters: AnalyticsFilters,
): Promise<RawBuilder<SqlBool>> {
  const parts: RawBuilder<unknown>[] = [sql`r.workspace_id = ${workspaceId}`, sql`r.status = 'complete'`];
  if (surveyId !== null) parts.push(sql`r.survey_id = ${surveyId}`);
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
  if (filters.segmentId) {
    const members = await segmentMembers(tx, workspaceId, filters.segmentId);
    parts.push(sql`r.customer_id IN ${members}`);
  }
  if (filters.excludeSegmentId) {
    const members = await segmentMembers(tx, workspaceId, filters.excludeSegmentId);
    parts.push(sql`(r.customer_id IS NULL OR r.customer_id NOT IN ${members})`);
  }
  for (const answer of filters.answers ?? []) parts.push(pickedOption(answer.questionId, answer.optionIds));
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

/** The response picked one of the options (a single choice's value, or a multiple choice's item). */
function pickedOption(questionId: string, optionIds: readonly string[]): RawBuilder<unknown> {
  return sql`EXISTS (SELECT 1 FROM response_answers pa
    WHERE pa.workspace_id = r.workspace_id AND pa.response_id = r.id AND pa.question_id = ${questionId}
      AND (pa.value_text = ANY(${optionIds}::text[])
        OR (pa.question_type = 'multiple_choice' AND pa.item = ANY(${optionIds}::text[]))))`;
}
