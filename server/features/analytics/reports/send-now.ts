// "Send now": queue the schedule's report for its last whole week or month, at once, without
// moving its next regular send.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { notFound } from '../../../platform/errors';
import { workspaceTimeZone } from '../scope/response-scope';
import { enqueueReportSend } from './queue';
import { previousPeriod } from './schedule-times';
import { findSchedule } from './store';

export async function sendScheduleNow(tx: Tx, actor: Actor, id: string, now = new Date()) {
  const schedule = await findSchedule(tx, actor.workspaceId, id);
  if (!schedule) throw notFound('report schedule');
  const period = previousPeriod(schedule.frequency, now, await workspaceTimeZone(tx, actor.workspaceId));
  await enqueueReportSend(tx, { workspaceId: actor.workspaceId, scheduleId: id, ...period });
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'report_schedule.sent_now',
    targetType: 'report_schedule',
    targetId: id,
    details: { period, recipients: schedule.recipients.length },
  });
  return { scheduleId: id, period };
}
