// Orders on the timeline, at the time they were placed.
import { customerOrders } from '../store';
import type { TimelineSource } from './source';

export const ordersSource: TimelineSource = {
  kind: 'order',
  async list(tx, workspaceId, customerId, before, limit) {
    const rows = await customerOrders(tx, workspaceId, customerId, before, limit);
    return rows.map((r) => ({
      id: r.id,
      kind: 'order',
      at: r.at,
      order: {
        externalId: r.external_id,
        amount: Number(r.amount),
        currency: r.currency,
        items: r.items,
        locationId: r.location_id,
        channel: r.channel,
      },
    }));
  },
};
