// The cron side of scheduled reports: every schedule whose time has come gets one send job for
// the last whole week or month, and its next send time, in the same transaction. The rows are
// locked FOR UPDATE SKIP LOCKED, so workers scanning at the same moment split the schedules
// between them, and once the transaction commits the schedule is no longer due: each report is
// queued exactly once. A worker that was down catches up with one report (the latest period),
// not one per missed slot.
import { asSystem, type Db } from '../../../db/database';
import { enqueueReportSend } from './queue';
import { nextRunAt, previousPeriod } from './schedule-times';
import { lockDueSchedules, setNextRun } from './store';

const BATCH = 100;

/** Returns how many sends were queued. */
export async function takeDueSchedules(db: Db, now = new Date()): Promise<number> {
  let queued = 0;
  for (;;) {
    const taken = await asSystem(db, async (tx) => {
      const due = await lockDueSchedules(tx, now, BATCH);
      for (const s of due) {
        const period = previousPeriod(s.frequency, now, s.time_zone);
        await enqueueReportSend(tx, { workspaceId: s.workspace_id, scheduleId: s.id, ...period });
        await setNextRun(tx, s.workspace_id, s.id, nextRunAt(s.frequency, now, s.time_zone));
      }
      return due.length;
    });
    queued += taken;
    if (taken < BATCH) return queued;
  }
}
