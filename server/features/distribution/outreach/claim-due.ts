// One claim of due invitations in one workspace, in one short transaction: lock the rows (FOR
// UPDATE SKIP LOCKED, behind the workspace's outreach lock), apply the contact rules to each, and
// write what they decided — skipped, deferred to the end of quiet hours, failed (the survey can no
// longer be answered), or taken for sending. Emails are taken only as far as the workspace's
// emails_per_minute allows; when it holds some back, the send job is queued for the moment the
// minute's window frees a place.
import type { Tx } from '../../../db/database';
import type { InvitationMessage } from '../messaging/sender';
import { sendRulesOf, loadContactRules } from './contact-rules';
import { composeMessage, SurveyCache } from './compose-message';
import { enqueueSend } from './queue';
import { personTimeZone } from './quiet-hours';
import { decideSend, type SendFacts } from './send-decision';
import {
  dueEmailsWait,
  emailWindow,
  lockDueInvitations,
  lockWorkspaceOutreach,
  markDeferred,
  markFailed,
  markSending,
  markSkipped,
  workspaceOf,
  type FactsRow,
} from './send-store';

const BATCH = 100;
/** How long a taken invitation is left to its sender before another worker may take it again. */
const LEASE_MS = 10 * 60_000;

export interface Claimed {
  row: FactsRow;
  message: InvitationMessage;
}

export interface Claim {
  sends: Claimed[];
  skipped: number;
  deferred: number;
  failed: number;
  /** The batch was full: claim again after sending. */
  more: boolean;
  /** Emails are due that the send rate holds back until then. */
  rateLimitedUntil: Date | null;
}

export const factsOf = (row: FactsRow, workspaceTimeZone: string): SendFacts => ({
  customerId: row.customer_id,
  channel: row.channel,
  address: row.address,
  unsubscribed: row.unsubscribed,
  consentWithdrawn: row.consent_withdrawn,
  hasProvider: row.has_provider,
  lastSentAt: row.last_sent_at,
  timeZone: personTimeZone(row.customer_time_zone, workspaceTimeZone),
});

export const SURVEY_NOT_OPEN = 'The survey is not published or is closed.';

export async function claimDueInvitations(
  tx: Tx,
  workspaceId: string,
  publicUrl: string,
  now: Date,
): Promise<Claim> {
  await lockWorkspaceOutreach(tx, workspaceId);
  const rules = await loadContactRules(tx, workspaceId);
  const workspace = await workspaceOf(tx, workspaceId);
  const window = await emailWindow(tx, workspaceId, now);
  const budget = Math.max(0, rules.emailsPerMinute - window.used);
  const emailLimit = Math.min(budget, BATCH);
  const emails = await lockDueInvitations(tx, workspaceId, now, true, emailLimit);
  const others = await lockDueInvitations(tx, workspaceId, now, false, BATCH);
  const rateLimitedUntil =
    budget === 0 && (await dueEmailsWait(tx, workspaceId, now))
      ? new Date((window.oldest ?? now).getTime() + 60_000)
      : null;

  const surveys = new SurveyCache(tx, workspaceId);
  const sendRules = sendRulesOf(rules);
  const chosen = new Set<string>();
  const skips: { id: string; reason: string }[] = [];
  const defers: { id: string; until: Date }[] = [];
  const closed: string[] = [];
  const sends: Claimed[] = [];
  for (const row of [...emails, ...others]) {
    const survey = await surveys.open(row.survey_id);
    if (!survey) {
      closed.push(row.id);
      continue;
    }
    const decision = decideSend(factsOf(row, workspace.time_zone), sendRules, now, chosen);
    if (decision.action === 'skip') skips.push({ id: row.id, reason: decision.reason });
    else if (decision.action === 'defer') defers.push({ id: row.id, until: decision.until });
    else {
      sends.push({
        row,
        message: composeMessage({ id: workspaceId, name: workspace.name }, publicUrl, survey, row, false),
      });
    }
  }
  await markSkipped(tx, workspaceId, skips);
  await markDeferred(tx, workspaceId, defers);
  await markFailed(tx, workspaceId, closed, SURVEY_NOT_OPEN);
  await markSending(
    tx,
    workspaceId,
    sends.map((s) => s.row.id),
    now,
    LEASE_MS,
  );
  // The cron looks every minute anyway; these runs come on time.
  const earliestDefer = defers.reduce<Date | null>((min, d) => (!min || d.until < min ? d.until : min), null);
  if (earliestDefer) await enqueueSend(tx, workspaceId, earliestDefer);
  if (rateLimitedUntil) await enqueueSend(tx, workspaceId, rateLimitedUntil);
  return {
    sends,
    skipped: skips.length,
    deferred: defers.length,
    failed: closed.length,
    more: (emailLimit > 0 && emails.length === emailLimit) || others.length === BATCH,
    rateLimitedUntil,
  };
}
