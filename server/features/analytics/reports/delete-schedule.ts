// Stop a report schedule. A send already queued finds the schedule gone and does nothing.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { notFound } from '../../../platform/errors';
import { deleteScheduleRow, findSchedule } from './store';

export async function deleteSchedule(tx: Tx, actor: Actor, id: string): Promise<void> {
  const current = await findSchedule(tx, actor.workspaceId, id);
  if (!current) throw notFound('report schedule');
  await deleteScheduleRow(tx, actor.workspaceId, id);
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'report_schedule.deleted',
    targetType: 'report_schedule',
    targetId: id,
    details: { name: current.name, surveyId: current.survey_id },
  });
}
