// SQL of the send side: the per-workspace lock, the email send window, the due invitations and
// reminders with every fact the contact rules need (one statement per batch, rows locked FOR
// UPDATE SKIP LOCKED), and what each claim and outcome writes.
import { sql, type RawBuilder } from 'kysely';
import type { MessageChannel } from '../../../../common/distribution/distributions';
import type { Tx } from '../../../db/database';

/**
 * Claims of one workspace take turns (a transaction-scoped advisory lock): each sees what the one
 * before it claimed, so two workers neither exceed the send rate nor invite one person twice
 * past the frequency cap. A claim transaction is short: nothing is sent while it is held.
 */
export async function lockWorkspaceOutreach(tx: Tx, workspaceId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`rapport.outreach:${workspaceId}`}, 0))`.execute(
    tx,
  );
}

export async function workspaceOf(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('workspaces')
    .select(['name', 'time_zone'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
}

/** Emails that went out (invitations and reminders) in the minute before `now`, and the oldest. */
export async function emailWindow(
  tx: Tx,
  workspaceId: string,
  now: Date,
): Promise<{ used: number; oldest: Date | null }> {
  const since = new Date(now.getTime() - 60_000);
  const { rows } = await sql<{ used: number; oldest: Date | null }>`
    SELECT (count(*) FILTER (WHERE sent_at > ${since}) + count(*) FILTER (WHERE last_reminder_at > ${since}))::int AS used,
      least(min(sent_at) FILTER (WHERE sent_at > ${since}),
            min(last_reminder_at) FILTER (WHERE last_reminder_at > ${since})) AS oldest
    FROM survey_invitations
    WHERE workspace_id = ${workspaceId} AND channel = 'email'
      AND (sent_at > ${since} OR last_reminder_at > ${since})`.execute(tx);
  return rows[0] ?? { used: 0, oldest: null };
}

/** One invitation with the facts the contact rules and the message need. */
export interface FactsRow {
  id: string;
  distribution_id: string;
  survey_id: string;
  customer_id: string | null;
  channel: MessageChannel;
  address: string;
  name: string;
  language: string;
  attempts: number;
  reminders_sent: number;
  last_reminder_at: Date | null;
  token_secret: string;
  settings: Record<string, unknown>;
  customer_time_zone: string | null;
  unsubscribed: boolean;
  consent_withdrawn: boolean;
  has_provider: boolean;
  last_sent_at: Date | null;
}

function selectFacts(tx: Tx, where: RawBuilder<unknown>, order: RawBuilder<unknown>, limit: number) {
  return sql<FactsRow>`
    SELECT i.id, i.distribution_id, i.survey_id, i.customer_id, i.channel, i.address, i.name, i.language,
      i.attempts, i.reminders_sent, i.last_reminder_at, d.token_secret, d.settings,
      c.time_zone AS customer_time_zone,
      EXISTS (SELECT 1 FROM unsubscribes u
        WHERE u.workspace_id = i.workspace_id AND u.channel = i.channel AND u.address = i.address) AS unsubscribed,
      coalesce(c.consent -> i.channel ->> 'status' = 'withdrawn', false) AS consent_withdrawn,
      (i.channel = 'email' OR EXISTS (SELECT 1 FROM message_providers p
        WHERE p.workspace_id = i.workspace_id AND p.channel = i.channel)) AS has_provider,
      -- The frequency cap's "last invited": by customer and by address (each has its index).
      greatest(
        (SELECT max(o.sent_at) FROM survey_invitations o
          WHERE o.workspace_id = i.workspace_id AND o.customer_id = i.customer_id AND o.id <> i.id),
        (SELECT max(o.sent_at) FROM survey_invitations o
          WHERE o.workspace_id = i.workspace_id AND o.channel = i.channel AND o.address = i.address
            AND o.id <> i.id)) AS last_sent_at
    FROM survey_invitations i
    JOIN distributions d ON d.workspace_id = i.workspace_id AND d.id = i.distribution_id
    LEFT JOIN customers c ON c.workspace_id = i.workspace_id AND c.id = i.customer_id
    WHERE ${where}
    ORDER BY ${order}
    LIMIT ${limit}
    FOR UPDATE OF i SKIP LOCKED`.execute(tx);
}

const channelIs = (email: boolean) => (email ? sql`i.channel = 'email'` : sql`i.channel <> 'email'`);

/**
 * Invitations due by `now`, oldest first, of active distributions (a paused distribution's
 * invitations wait for it), emails or the other channels.
 */
export async function lockDueInvitations(
  tx: Tx,
  workspaceId: string,
  now: Date,
  email: boolean,
  limit: number,
): Promise<FactsRow[]> {
  if (limit <= 0) return [];
  const where = sql`i.workspace_id = ${workspaceId} AND i.status = 'scheduled' AND i.send_after <= ${now}
    AND d.status = 'active' AND ${channelIs(email)}`;
  return (await selectFacts(tx, where, sql`i.send_after, i.id`, limit)).rows;
}

/** Whether due emails are waiting (for when the send rate held them all back). */
export async function dueEmailsWait(tx: Tx, workspaceId: string, now: Date): Promise<boolean> {
  const { rows } = await sql`
    SELECT 1 FROM survey_invitations i
    JOIN distributions d ON d.workspace_id = i.workspace_id AND d.id = i.distribution_id AND d.status = 'active'
    WHERE i.workspace_id = ${workspaceId} AND i.status = 'scheduled' AND i.send_after <= ${now}
      AND i.channel = 'email'
    LIMIT 1`.execute(tx);
  return rows.length > 0;
}

/**
 * Invitations owed a reminder at `now`: sent, not answered, not bounced or unsubscribed (on the
 * invitation or the address), consent not withdrawn, fewer reminders than the distribution's
 * max, the last one (or the send) at least afterDays ago. In id order after `after`.
 */
export async function lockReminderCandidates(
  tx: Tx,
  workspaceId: string,
  now: Date,
  after: string | null,
  limit: number,
): Promise<FactsRow[]> {
  const where = sql`i.workspace_id = ${workspaceId} AND i.status = 'sent'
    AND d.status = 'active' AND d.kind IN ('email', 'sms', 'wechat')
    AND i.completed_at IS NULL AND i.unsubscribed_at IS NULL AND i.bounced_at IS NULL
    AND i.reminders_sent < coalesce((d.settings -> 'reminders' ->> 'max')::int, 0)
    AND coalesce(i.last_reminder_at, i.sent_at) <=
      ${now}::timestamptz - make_interval(days => coalesce((d.settings -> 'reminders' ->> 'afterDays')::int, 3))
    AND NOT EXISTS (SELECT 1 FROM unsubscribes u
      WHERE u.workspace_id = i.workspace_id AND u.channel = i.channel AND u.address = i.address)
    AND coalesce(c.consent -> i.channel ->> 'status', '') <> 'withdrawn'
    ${after ? sql`AND i.id > ${after}` : sql``}`;
  return (await selectFacts(tx, where, sql`i.id`, limit)).rows;
}

const WHERE_IDS = (workspaceId: string, ids: string[]) =>
  sql`survey_invitations.workspace_id = ${workspaceId} AND survey_invitations.id = ANY(${ids}::uuid[])`;

export async function markSkipped(
  tx: Tx,
  workspaceId: string,
  skips: { id: string; reason: string }[],
): Promise<void> {
  if (!skips.length) return;
  await sql`
    UPDATE survey_invitations SET status = 'skipped', skip_reason = x.reason
    FROM unnest(${skips.map((s) => s.id)}::uuid[], ${skips.map((s) => s.reason)}::text[]) AS x(id, reason)
    WHERE survey_invitations.workspace_id = ${workspaceId} AND survey_invitations.id = x.id`.execute(tx);
}

/** Quiet hours: the send waits, still scheduled, until they end. */
export async function markDeferred(
  tx: Tx,
  workspaceId: string,
  defers: { id: string; until: Date }[],
): Promise<void> {
  if (!defers.length) return;
  await sql`
    UPDATE survey_invitations SET send_after = x.until
    FROM unnest(${defers.map((d) => d.id)}::uuid[], ${defers.map((d) => d.until.toISOString())}::timestamptz[])
      AS x(id, until)
    WHERE survey_invitations.workspace_id = ${workspaceId} AND survey_invitations.id = x.id`.execute(tx);
}

export async function markFailed(tx: Tx, workspaceId: string, ids: string[], error: string): Promise<void> {
  if (!ids.length) return;
  await sql`UPDATE survey_invitations SET status = 'failed', error = ${error}
    WHERE ${WHERE_IDS(workspaceId, ids)}`.execute(tx);
}

/**
 * Taken for sending: sent_at marks the moment (so the send rate and the frequency cap count it at
 * once), and send_after moves past a lease, so nobody else takes it while it is being sent. If
 * the worker dies mid-send, the lease runs out and the invitation is sent again.
 */
export async function markSending(tx: Tx, workspaceId: string, ids: string[], now: Date, leaseMs: number) {
  if (!ids.length) return;
  await sql`UPDATE survey_invitations SET sent_at = ${now}, send_after = ${new Date(now.getTime() + leaseMs)}
    WHERE ${WHERE_IDS(workspaceId, ids)}`.execute(tx);
}

/** A reminder taken for sending is counted at once: exactly once, whichever worker took it. */
export async function markReminding(tx: Tx, workspaceId: string, ids: string[], now: Date) {
  if (!ids.length) return;
  await sql`UPDATE survey_invitations SET reminders_sent = reminders_sent + 1, last_reminder_at = ${now}
    WHERE ${WHERE_IDS(workspaceId, ids)}`.execute(tx);
}
