// Someone asked to get no more invitations at an address (the one-click POST of RFC 8058, or the
// button on the unsubscribe page). In one transaction: the address joins the workspace's
// unsubscribe list for the channel (every later send checks it), the invitation records when, the
// address's invitations still waiting to go out are cancelled, and the customer behind the
// invitation, if any, has their consent for the channel withdrawn. Doing it twice changes nothing.
import { sql } from 'kysely';
import type { Tx } from '../../../db/database';
import { applyConsent } from '../../customers/consent';

export interface UnsubscribeResult {
  channel: string;
  /** Scheduled invitations to the address that will not go out now. */
  cancelled: number;
}

export async function unsubscribeInvitation(
  tx: Tx,
  workspaceId: string,
  invitationId: string,
): Promise<UnsubscribeResult | null> {
  const invitation = await tx
    .selectFrom('survey_invitations')
    .select(['id', 'channel', 'address', 'customer_id'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', invitationId)
    .executeTakeFirst();
  if (!invitation) return null;

  await tx
    .insertInto('unsubscribes')
    .values({
      workspace_id: workspaceId,
      channel: invitation.channel,
      address: invitation.address,
      invitation_id: invitation.id,
      source: 'unsubscribe_link',
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'channel', 'address']).doNothing())
    .execute();
  await tx
    .updateTable('survey_invitations')
    .set({ unsubscribed_at: sql<Date>`coalesce(unsubscribed_at, now())` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', invitation.id)
    .execute();
  const cancelled = await tx
    .updateTable('survey_invitations')
    .set({ status: 'cancelled', skip_reason: 'unsubscribed' })
    .where('workspace_id', '=', workspaceId)
    .where('channel', '=', invitation.channel)
    .where('address', '=', invitation.address)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();

  if (invitation.customer_id)
    await withdrawConsent(tx, workspaceId, invitation.customer_id, invitation.channel);
  return { channel: invitation.channel, cancelled: Number(cancelled.numUpdatedRows) };
}

async function withdrawConsent(tx: Tx, workspaceId: string, customerId: string, channel: string) {
  // Locked: a console edit of the same customer's consent must not write over this one.
  const customer = await tx
    .selectFrom('customers')
    .select('consent')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', customerId)
    .forUpdate()
    .executeTakeFirst();
  if (!customer) return;
  const consent = applyConsent(customer.consent, {
    [channel]: { status: 'withdrawn', source: 'unsubscribe' },
  });
  if (consent[channel] === customer.consent[channel]) return; // already withdrawn
  await tx
    .updateTable('customers')
    .set({ consent: JSON.stringify(consent), updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', customerId)
    .execute();
}
