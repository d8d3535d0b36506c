// Hand one taken invitation (or reminder) to its channel, outside any transaction, then record
// what the channel answered in a short transaction of its own. A first send: delivered → sent;
// bounced → bounced; a failure worth retrying waits again with a growing delay (2, 4, 8, 16
// minutes) and is given up after 5 attempts; any other failure → failed. A reminder that failed
// in a way worth retrying is uncounted, so the next reminders run tries it again.
import { sql } from 'kysely';
import { inWorkspace, type Tx } from '../../../db/database';
import type { SendOutcome } from '../messaging/sender';
import type { Claimed } from './claim-due';
import type { OutreachDeps } from './deps';
import { enqueueSend } from './queue';

export const MAX_ATTEMPTS = 5;
const retryDelayMs = (attempts: number) => 2 ** attempts * 60_000;

async function send(deps: OutreachDeps, claimed: Claimed): Promise<SendOutcome> {
  try {
    return await deps.senders[claimed.row.channel].send(claimed.message);
  } catch (err) {
    // A sender should answer with an outcome; one that throws is treated as a passing failure.
    deps.log.error(
      { invitationId: claimed.row.id, channel: claimed.row.channel, err: (err as Error)?.name },
      'invitation sender threw',
    );
    return { status: 'failed', error: 'The sender failed unexpectedly.', retry: true };
  }
}

export async function deliverInvitation(
  deps: OutreachDeps,
  workspaceId: string,
  claimed: Claimed,
  now: Date,
): Promise<SendOutcome> {
  const outcome = await send(deps, claimed);
  await inWorkspace(deps.db, workspaceId, (tx) => recordSend(tx, workspaceId, claimed, outcome, now));
  return outcome;
}

export async function deliverReminder(
  deps: OutreachDeps,
  workspaceId: string,
  claimed: Claimed,
  now: Date,
): Promise<SendOutcome> {
  const outcome = await send(deps, claimed);
  await inWorkspace(deps.db, workspaceId, (tx) => recordReminder(tx, workspaceId, claimed, outcome, now));
  return outcome;
}

const one = (tx: Tx, workspaceId: string, id: string) =>
  tx.updateTable('survey_invitations').where('workspace_id', '=', workspaceId).where('id', '=', id);

async function recordSend(tx: Tx, workspaceId: string, { row }: Claimed, outcome: SendOutcome, now: Date) {
  const taken = one(tx, workspaceId, row.id).where('status', '=', 'scheduled');
  if (outcome.status === 'delivered') {
    await taken
      .set({ status: 'sent', delivered_at: now, provider_message_id: outcome.providerMessageId, error: null })
      .execute();
    return;
  }
  if (outcome.status === 'bounced') {
    await taken.set({ status: 'bounced', bounced_at: now, error: outcome.error }).execute();
    return;
  }
  const attempts = row.attempts + 1;
  if (outcome.retry && attempts < MAX_ATTEMPTS) {
    const later = new Date(now.getTime() + retryDelayMs(attempts));
    await taken.set({ sent_at: null, attempts, send_after: later, error: outcome.error }).execute();
    await enqueueSend(tx, workspaceId, later);
    return;
  }
  await taken.set({ status: 'failed', sent_at: null, attempts, error: outcome.error }).execute();
}

async function recordReminder(
  tx: Tx,
  workspaceId: string,
  { row }: Claimed,
  outcome: SendOutcome,
  now: Date,
) {
  if (outcome.status === 'delivered') return;
  if (outcome.status === 'bounced') {
    await one(tx, workspaceId, row.id)
      .set({ status: 'bounced', bounced_at: now, error: outcome.error })
      .execute();
    return;
  }
  if (outcome.retry) {
    await one(tx, workspaceId, row.id)
      .set({
        reminders_sent: sql<number>`greatest(reminders_sent - 1, 0)`,
        last_reminder_at: row.last_reminder_at,
        error: outcome.error,
      })
      .execute();
    return;
  }
  await one(tx, workspaceId, row.id).set({ error: outcome.error }).execute();
}
