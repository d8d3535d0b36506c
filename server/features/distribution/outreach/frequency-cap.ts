// The contact frequency cap: at most one invitation per person per `capDays`, across every survey
// and distribution of the workspace. A person is the customer when the invitation has one, else
// the address. Reminders are part of their invitation and do not count.

const DAY_MS = 86_400_000;

/**
 * Whether inviting someone last invited at `lastSentAt` would break the cap at `now`. No cap
 * (null) or never invited: never over.
 */
export function overFrequencyCap(lastSentAt: Date | null, now: Date, capDays: number | null): boolean {
  if (capDays === null || lastSentAt === null) return false;
  return now.getTime() - lastSentAt.getTime() < capDays * DAY_MS;
}

/**
 * The keys one person is known by within a batch of sends: the customer and the address (as the
 * database check matches either), so two invitations to one person in one batch count as two.
 */
export const personKeys = (inv: { customerId: string | null; channel: string; address: string }): string[] =>
  inv.customerId
    ? [`customer:${inv.customerId}`, `${inv.channel}:${inv.address}`]
    : [`${inv.channel}:${inv.address}`];
