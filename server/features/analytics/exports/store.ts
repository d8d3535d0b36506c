// SQL of analytics exports: the export rows, their jobs, and the reads of the export job (the
// responses in scope, a batch at a time by id; the widest text of each text column).
import {
  sql,
  type Insertable,
  type RawBuilder,
  type Selectable,
  type SqlBool,
  type Updateable,
} from 'kysely';
import type { Tx } from '../../../db/database';
import type { AnalyticsExportsTable } from '../../../db/schema';
import type { ExportColumn, ExportRow, MetaKey } from './columns';

export type ExportRecord = Selectable<AnalyticsExportsTable>;

export const EXPORT_TASK = 'analytics.export';
export const EXPIRE_TASK = 'analytics.export.expire';

export const insertExport = (tx: Tx, row: Insertable<AnalyticsExportsTable>) =>
  tx.insertInto('analytics_exports').values(row).returningAll().executeTakeFirstOrThrow();

export function findExport(tx: Tx, workspaceId: string, id: string, opts: { lock?: boolean } = {}) {
  const q = tx
    .selectFrom('analytics_exports')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  return (opts.lock ? q.forUpdate() : q).executeTakeFirst();
}

/** The workspace's exports not yet expired (an expired one waits only for its removal job). */
export function listExportsQuery(tx: Tx, workspaceId: string, surveyId?: string) {
  let q = tx
    .selectFrom('analytics_exports')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]));
  if (surveyId) q = q.where('survey_id', '=', surveyId);
  return q;
}

/** The update, or undefined when the export is gone (deleted while its job ran). */
export const updateExport = (
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: Updateable<AnalyticsExportsTable>,
) =>
  tx
    .updateTable('analytics_exports')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

export const deleteExportRow = (tx: Tx, workspaceId: string, id: string) =>
  tx.deleteFrom('analytics_exports').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();

/**
 * Queued in the transaction that writes the export row. One queue per workspace: a workspace's
 * exports run one after another and cannot take every worker. A job is retried only when the
 * worker died under it (the job marks a failed export itself); the retry starts the file afresh.
 */
export async function enqueueExportJob(tx: Tx, workspaceId: string, exportId: string): Promise<void> {
  await sql`SELECT graphile_worker.add_job(
    ${EXPORT_TASK},
    ${JSON.stringify({ workspaceId, exportId })}::json,
    queue_name => ${`analytics-exports:${workspaceId}`}::text,
    max_attempts => 3
  )`.execute(tx);
}

/** The removal of a finished export's file and row, due when it expires. */
export async function enqueueExpiry(tx: Tx, workspaceId: string, exportId: string, at: Date): Promise<void> {
  await sql`SELECT graphile_worker.add_job(
    ${EXPIRE_TASK},
    ${JSON.stringify({ workspaceId, exportId })}::json,
    run_at => ${at.toISOString()}::timestamptz,
    max_attempts => 5
  )`.execute(tx);
}

export async function surveyName(tx: Tx, workspaceId: string, surveyId: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('surveys')
    .select('name')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row?.name;
}

/**
 * How many responses are in scope, and the last id: the export stops there, so later ones do not
 * creep in. (uuid has no max(); its text sorts the same, lowercase hex at fixed places.)
 */
export async function scopeSize(
  tx: Tx,
  scope: RawBuilder<SqlBool>,
): Promise<{ total: number; lastId: string | null }> {
  const r = await sql<{ total: number; last_id: string | null }>`
    SELECT count(*)::int AS total, max(r.id::text)::uuid AS last_id FROM responses r WHERE ${scope}`.execute(
    tx,
  );
  return { total: r.rows[0]!.total, lastId: r.rows[0]!.last_id };
}

/** The next `limit` responses in scope after `afterId` (keyset by id), up to `lastId`. */
export async function responseBatch(
  tx: Tx,
  workspaceId: string,
  scope: RawBuilder<SqlBool>,
  timeZone: string,
  page: { afterId: string | null; lastId: string; limit: number },
): Promise<ExportRow[]> {
  const after = page.afterId ? sql`AND r.id > ${page.afterId}` : sql``;
  const r = await sql<ExportRow>`
    SELECT r.id,
      to_char(r.completed_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD HH24:MI:SS') AS "completedLocal",
      r.language, r.channel, l.code AS "locationCode", l.name AS "locationName",
      w.number AS "waveNumber", r.customer_id AS "customerId", r.answers
    FROM responses r
    LEFT JOIN locations l ON l.workspace_id = r.workspace_id AND l.id = r.location_id
    LEFT JOIN survey_waves w ON w.workspace_id = r.workspace_id AND w.id = r.wave_id
    WHERE r.workspace_id = ${workspaceId} AND ${scope} ${after} AND r.id <= ${page.lastId}
    ORDER BY r.id
    LIMIT ${page.limit}`.execute(tx);
  return r.rows;
}

const META_SQL: Record<MetaKey, RawBuilder<unknown>> = {
  id: sql`r.id::text`,
  language: sql`r.language`,
  channel: sql`r.channel`,
  locationCode: sql`l.code`,
  locationName: sql`l.name`,
  customerId: sql`r.customer_id::text`,
};

/** The widest value, in UTF-8 bytes, of each text column over the responses in scope (0 when none). */
export async function textWidths(
  tx: Tx,
  workspaceId: string,
  scope: RawBuilder<SqlBool>,
  columns: readonly ExportColumn[],
): Promise<Map<string, number>> {
  const measured = columns.filter((c) => c.source);
  if (!measured.length) return new Map();
  const widths = measured.map((c, i) => {
    const source = c.source!;
    const value = 'meta' in source ? META_SQL[source.meta] : sql`r.answers #>> ${source.answer}::text[]`;
    return sql`coalesce(max(octet_length(${value})), 0)::int AS ${sql.ref(`w${i}`)}`;
  });
  const r = await sql<Record<string, number>>`
    SELECT ${sql.join(widths)}
    FROM responses r
    LEFT JOIN locations l ON l.workspace_id = r.workspace_id AND l.id = r.location_id
    WHERE r.workspace_id = ${workspaceId} AND ${scope}`.execute(tx);
  const row = r.rows[0] ?? {};
  return new Map(measured.map((c, i) => [c.name, row[`w${i}`] ?? 0]));
}
