// Touchpoints (store visits, page views, messages…) on the timeline, at the time they happened.
import { customerEvents } from '../store';
import type { TimelineSource } from './source';

export const eventsSource: TimelineSource = {
  kind: 'event',
  async list(tx, workspaceId, customerId, before, limit) {
    const rows = await customerEvents(tx, workspaceId, customerId, before, limit);
    return rows.map((r) => ({
      id: r.id,
      kind: 'event',
      at: r.at,
      event: { kind: r.kind, channel: r.channel, locationId: r.location_id, properties: r.properties },
    }));
  },
};
