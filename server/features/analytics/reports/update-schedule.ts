// Change a report schedule. A new frequency moves the next send to that frequency's next slot.
import { givenChanges } from '../../../db/changes';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { notFound } from '../../../platform/errors';
import { workspaceTimeZone } from '../scope/response-scope';
import { noSuchSurvey, uniqueRecipients } from './create-schedule';
import { nextRunAt } from './schedule-times';
import type { UpdateScheduleBody } from './schemas';
import { findSchedule, surveyExists, updateScheduleRow } from './store';

export async function updateSchedule(
  tx: Tx,
  actor: Actor,
  id: string,
  body: UpdateScheduleBody,
  now = new Date(),
) {
  const current = await findSchedule(tx, actor.workspaceId, id);
  if (!current) throw notFound('report schedule');
  if (body.surveyId && !(await surveyExists(tx, actor.workspaceId, body.surveyId))) throw noSuchSurvey();
  const reschedule = body.frequency !== undefined && body.frequency !== current.frequency;
  const set = givenChanges({
    survey_id: body.surveyId,
    name: body.name,
    frequency: body.frequency,
    format: body.format,
    language: body.language,
    recipients: body.recipients && uniqueRecipients(body.recipients),
    params: body.params && JSON.stringify(body.params),
    next_run_at: reschedule
      ? nextRunAt(body.frequency!, now, await workspaceTimeZone(tx, actor.workspaceId))
      : undefined,
  });
  if (!set) return current;
  const updated = await updateScheduleRow(tx, actor.workspaceId, id, set);
  if (!updated) throw notFound('report schedule');
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'report_schedule.updated',
    targetType: 'report_schedule',
    targetId: id,
    details: { changes: Object.keys(body).filter((k) => body[k as keyof UpdateScheduleBody] !== undefined) },
  });
  return updated;
}
