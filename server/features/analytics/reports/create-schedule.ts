// Schedule a report email: the survey must be this workspace's; the first send is the next Monday
// (weekly) or the next 1st (monthly) at 08:00 in the workspace's time zone.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { AppError } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import { workspaceTimeZone } from '../scope/response-scope';
import { nextRunAt } from './schedule-times';
import type { CreateScheduleBody } from './schemas';
import { insertSchedule, surveyExists } from './store';

export const noSuchSurvey = () => new AppError(404, 'not_found', 'No such survey.', 'surveyId');

/** The same address twice is one recipient; addresses are compared without case. */
export const uniqueRecipients = (emails: string[]) => [...new Set(emails.map((e) => e.trim().toLowerCase()))];

export async function createSchedule(tx: Tx, actor: Actor, body: CreateScheduleBody, now = new Date()) {
  if (!(await surveyExists(tx, actor.workspaceId, body.surveyId))) throw noSuchSurvey();
  const timeZone = await workspaceTimeZone(tx, actor.workspaceId);
  const row = await insertSchedule(tx, {
    workspace_id: actor.workspaceId,
    id: newId(),
    survey_id: body.surveyId,
    name: body.name,
    frequency: body.frequency,
    format: body.format,
    language: body.language,
    recipients: uniqueRecipients(body.recipients),
    params: JSON.stringify(body.params),
    next_run_at: nextRunAt(body.frequency, now, timeZone),
    created_by: actor.userId,
  });
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'report_schedule.created',
    targetType: 'report_schedule',
    targetId: row.id,
    details: { surveyId: row.survey_id, frequency: row.frequency, recipients: row.recipients.length },
  });
  return row;
}
