// The reminders job (distribution.reminders, hourly): one more message to those invited who have
// not answered, after the distribution's afterDays, at most max times. Only non-responders: an
// invitation whose response is complete, that bounced or was unsubscribed, is never reminded.
// The same rules as the first send apply (unsubscribes, consent, a provider, quiet hours — a
// reminder in quiet hours waits for a later run), except the frequency cap: a reminder is part
// of its invitation. Each reminder is counted in the transaction that takes it (rows locked FOR
// UPDATE SKIP LOCKED behind the workspace's outreach lock), so it goes out once across workers.
import { sql } from 'kysely';
import { asSystem, inWorkspace, type Db, type Tx } from '../../../db/database';
import { factsOf, type Claimed } from './claim-due';
import { composeMessage, SurveyCache } from './compose-message';
import { loadContactRules, sendRulesOf } from './contact-rules';
import type { OutreachDeps, RunOptions } from './deps';
import { deliverReminder } from './deliver';
import { enqueueReminders } from './queue';
import { decideSend } from './send-decision';
import {
  emailWindow,
  lockReminderCandidates,
  lockWorkspaceOutreach,
  markReminding,
  workspaceOf,
} from './send-store';

const BATCH = 100;

interface ReminderClaim {
  sends: Claimed[];
  /** The last id looked at: the next batch starts after it. */
  cursor: string | null;
  more: boolean;
}

/** Workspaces with a distribution that sends reminders. */
async function workspacesWithReminders(db: Db): Promise<string[]> {
  const { rows } = await asSystem(db, (tx) =>
    sql<{ workspace_id: string }>`
      SELECT DISTINCT workspace_id FROM distributions
      WHERE status = 'active' AND kind IN ('email', 'sms', 'wechat')
        AND coalesce((settings -> 'reminders' ->> 'max')::int, 0) > 0`.execute(tx),
  );
  return rows.map((r) => r.workspace_id);
}

export async function sendReminders(deps: OutreachDeps, opts: RunOptions = {}): Promise<number> {
  const clock = () => opts.now ?? new Date();
  const workspaces = opts.workspaceId ? [opts.workspaceId] : await workspacesWithReminders(deps.db);
  let sent = 0;
  let firstError: unknown = null;
  for (const workspaceId of workspaces) {
    try {
      sent += await remindInWorkspace(deps, workspaceId, clock);
    } catch (err) {
      deps.log.error({ workspaceId, err }, 'sending reminders failed');
      firstError ??= err;
    }
  }
  if (firstError) throw firstError;
  return sent;
}

async function remindInWorkspace(
  deps: OutreachDeps,
  workspaceId: string,
  clock: () => Date,
): Promise<number> {
  let cursor: string | null = null;
  let sent = 0;
  for (;;) {
    const now = clock();
    const claim: ReminderClaim = await inWorkspace(deps.db, workspaceId, (tx) =>
      claimReminders(tx, workspaceId, deps.publicUrl, now, cursor),
    );
    for (const claimed of claim.sends) {
      const outcome = await deliverReminder(deps, workspaceId, claimed, clock());
      if (outcome.status === 'delivered') sent++;
    }
    cursor = claim.cursor;
    if (!claim.more) break;
  }
  if (sent) deps.log.info({ workspaceId, reminders: sent }, 'reminders sent');
  return sent;
}

async function claimReminders(
  tx: Tx,
  workspaceId: string,
  publicUrl: string,
  now: Date,
  after: string | null,
): Promise<ReminderClaim> {
  await lockWorkspaceOutreach(tx, workspaceId);
  const rules = await loadContactRules(tx, workspaceId);
  const workspace = await workspaceOf(tx, workspaceId);
  const window = await emailWindow(tx, workspaceId, now);
  let emailBudget = Math.max(0, rules.emailsPerMinute - window.used);
  const rows = await lockReminderCandidates(tx, workspaceId, now, after, BATCH);
  const surveys = new SurveyCache(tx, workspaceId);
  const sendRules = sendRulesOf(rules);
  const chosen = new Set<string>();
  const sends: Claimed[] = [];
  let heldBack = false;
  for (const row of rows) {
    const survey = await surveys.open(row.survey_id);
    if (!survey) continue;
    if (row.channel === 'email' && emailBudget === 0) {
      heldBack = true;
      continue;
    }
    // Not sent now (quiet hours, no provider): a later run looks again.
    if (decideSend(factsOf(row, workspace.time_zone), sendRules, now, chosen, true).action !== 'send')
      continue;
    if (row.channel === 'email') emailBudget--;
    sends.push({
      row,
      message: composeMessage({ id: workspaceId, name: workspace.name }, publicUrl, survey, row, true),
    });
  }
  await markReminding(
    tx,
    workspaceId,
    sends.map((s) => s.row.id),
    now,
  );
  if (heldBack) {
    const oldest = window.oldest ?? now;
    await enqueueReminders(
      tx,
      workspaceId,
      new Date(Math.max(oldest.getTime() + 60_000, now.getTime() + 1000)),
    );
  }
  return { sends, cursor: rows.at(-1)?.id ?? after, more: rows.length === BATCH };
}
