// SQL for report schedules. No rules here: those live in the use-case files.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Tx } from '../../../db/database';
import type { ReportSchedulesTable } from '../../../db/schema';

export const schedulesQuery = (tx: Tx, workspaceId: string, surveyId?: string) => {
  let q = tx.selectFrom('report_schedules').selectAll().where('workspace_id', '=', workspaceId);
  if (surveyId) q = q.where('survey_id', '=', surveyId);
  return q;
};

export const findSchedule = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('report_schedules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertSchedule = (tx: Tx, row: Insertable<ReportSchedulesTable>) =>
  tx.insertInto('report_schedules').values(row).returningAll().executeTakeFirstOrThrow();

export const updateScheduleRow = (
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: Updateable<ReportSchedulesTable>,
) =>
  tx
    .updateTable('report_schedules')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

export const deleteScheduleRow = (tx: Tx, workspaceId: string, id: string) =>
  tx.deleteFrom('report_schedules').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();

export const surveyExists = async (tx: Tx, workspaceId: string, surveyId: string) =>
  !!(await tx
    .selectFrom('surveys')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst());

export interface DueSchedule {
  workspace_id: string;
  id: string;
  frequency: 'weekly' | 'monthly';
  time_zone: string;
}

/**
 * Schedules due at `now`, locked for this transaction; rows another worker holds are skipped, so
 * two workers scanning at once never take the same schedule. Run in the system scope.
 */
export const lockDueSchedules = async (tx: Tx, now: Date, limit: number) =>
  (
    await sql<DueSchedule>`
      SELECT s.workspace_id, s.id, s.frequency, w.time_zone
      FROM report_schedules s
      JOIN workspaces w ON w.id = s.workspace_id
      WHERE s.next_run_at <= ${now}
      ORDER BY s.next_run_at
      LIMIT ${limit}
      FOR UPDATE OF s SKIP LOCKED`.execute(tx)
  ).rows;

export const setNextRun = (tx: Tx, workspaceId: string, id: string, nextRunAt: Date) =>
  tx
    .updateTable('report_schedules')
    .set({ next_run_at: nextRunAt })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();

/** The outcome of a send: a success clears the last error; a failure keeps last_run_at as it was. */
export const recordRun = (
  tx: Tx,
  workspaceId: string,
  id: string,
  outcome: { ok: true; at: Date } | { ok: false; error: string },
) =>
  tx
    .updateTable('report_schedules')
    .set(outcome.ok ? { last_run_at: outcome.at, last_error: null } : { last_error: outcome.error })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
