// The outreach jobs and how they are queued. A send job runs per workspace at the time its
// invitations are due; its job key names the workspace and the minute, so a burst of requests
// for the same minute costs one run, while sends scheduled for different times each get theirs
// (one key per workspace alone would let a send for tomorrow push back one due now). The
// every-minute cron is the safety net behind these.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db, Tx } from '../../../db/database';

export const SEND_TASK = 'distribution.send';
export const REMINDERS_TASK = 'distribution.reminders';
export const TRIGGERS_TASK = 'distribution.triggers';

/** Cron runs have no workspace: they look at every workspace. */
export const outreachJobPayload = z.object({ workspaceId: z.uuid().optional() });

const MINUTE_MS = 60_000;

async function enqueue(tx: Tx | Db, task: string, workspaceId: string, runAt: Date): Promise<void> {
  const minute = Math.floor(runAt.getTime() / MINUTE_MS);
  await sql`SELECT graphile_worker.add_job(
    ${task},
    ${JSON.stringify({ workspaceId })}::json,
    run_at => ${runAt}::timestamptz,
    max_attempts => 5,
    job_key => ${`${task}:${workspaceId}:${minute}`}::text,
    job_key_mode => 'preserve_run_at'
  )`.execute(tx);
}

/** Queue the workspace's send job for `runAt` (inside the caller's transaction when given one). */
export const enqueueSend = (tx: Tx | Db, workspaceId: string, runAt: Date) =>
  enqueue(tx, SEND_TASK, workspaceId, runAt);

/** Queue the workspace's reminders again, for when the email send rate allows more. */
export const enqueueReminders = (tx: Tx | Db, workspaceId: string, runAt: Date) =>
  enqueue(tx, REMINDERS_TASK, workspaceId, runAt);
