// Invitation rows → the API's shape. The token is never shown: only its hash is stored.
import type { Invitation } from '../../../../common/distribution/outreach';
import type { InvitationRow } from './store';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    distributionId: row.distribution_id,
    customerId: row.customer_id,
    channel: row.channel,
    address: row.address,
    name: row.name,
    language: row.language,
    source: row.source,
    status: row.status,
    skipReason: row.skip_reason,
    error: row.error,
    sendAfter: row.send_after.toISOString(),
    sentAt: iso(row.sent_at),
    deliveredAt: iso(row.delivered_at),
    openedAt: iso(row.opened_at),
    startedAt: iso(row.started_at),
    completedAt: iso(row.completed_at),
    bouncedAt: iso(row.bounced_at),
    unsubscribedAt: iso(row.unsubscribed_at),
    remindersSent: row.reminders_sent,
    createdAt: row.created_at.toISOString(),
  };
}
