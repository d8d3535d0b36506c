// The send job (distribution.send): every due invitation of a workspace (a queued run) or of every
// workspace with some due (the every-minute cron), claimed a batch at a time (claim-due.ts) and
// handed to its channel outside any transaction (deliver.ts). Two workers running at once never
// send one invitation twice: a claim locks its rows and moves them out of the due set before
// committing.
import { sql } from 'kysely';
import { asSystem, inWorkspace, type Db } from '../../../db/database';
import { claimDueInvitations } from './claim-due';
import type { OutreachDeps, RunOptions } from './deps';
import { deliverInvitation } from './deliver';

export interface SendSummary {
  delivered: number;
  bounced: number;
  /** Failed for good, or waiting to be tried again. */
  failed: number;
  skipped: number;
  deferred: number;
}

/** Sends in flight at once per workspace (and SMTP connections kept open by the worker's mailer). */
export const SEND_CONCURRENCY = 4;

const empty = (): SendSummary => ({ delivered: 0, bounced: 0, failed: 0, skipped: 0, deferred: 0 });

export async function workspacesWithDueInvitations(db: Db, now: Date): Promise<string[]> {
  const { rows } = await asSystem(db, (tx) =>
    sql<{ workspace_id: string }>`
      SELECT DISTINCT workspace_id FROM survey_invitations
      WHERE status = 'scheduled' AND send_after <= ${now}`.execute(tx),
  );
  return rows.map((r) => r.workspace_id);
}

export async function sendDueInvitations(deps: OutreachDeps, opts: RunOptions = {}): Promise<SendSummary> {
  const clock = () => opts.now ?? new Date();
  const total = empty();
  const workspaces = opts.workspaceId
    ? [opts.workspaceId]
    : await workspacesWithDueInvitations(deps.db, clock());
  let firstError: unknown = null;
  for (const workspaceId of workspaces) {
    try {
      const done = await sendDueInWorkspace(deps, workspaceId, clock);
      for (const k of Object.keys(total) as (keyof SendSummary)[]) total[k] += done[k];
    } catch (err) {
      // One workspace's trouble must not hold up the others; the job still fails, to be retried.
      deps.log.error({ workspaceId, err }, 'sending invitations failed');
      firstError ??= err;
    }
  }
  if (firstError) throw firstError;
  return total;
}

async function sendDueInWorkspace(
  deps: OutreachDeps,
  workspaceId: string,
  clock: () => Date,
): Promise<SendSummary> {
  const summary = empty();
  for (;;) {
    const now = clock();
    const claim = await inWorkspace(deps.db, workspaceId, (tx) =>
      claimDueInvitations(tx, workspaceId, deps.publicUrl, now),
    );
    summary.skipped += claim.skipped;
    summary.deferred += claim.deferred;
    summary.failed += claim.failed;
    // A few at a time: the relay or provider answers each send in milliseconds to seconds, and each
    // outcome is recorded in its own transaction, so sends need not wait for each other. A few
    // lanes each take the next claimed invitation as soon as their last one is done.
    let next = 0;
    const lane = async () => {
      while (next < claim.sends.length) {
        const claimed = claim.sends[next++]!;
        const outcome = await deliverInvitation(deps, workspaceId, claimed, clock());
        summary[
          outcome.status === 'delivered' ? 'delivered' : outcome.status === 'bounced' ? 'bounced' : 'failed'
        ]++;
      }
    };
    await Promise.all(Array.from({ length: SEND_CONCURRENCY }, lane));
    if (!claim.more) break;
  }
  if (summary.delivered + summary.bounced + summary.failed + summary.skipped + summary.deferred > 0) {
    deps.log.info({ workspaceId, ...summary }, 'invitations sent');
  }
  return summary;
}
