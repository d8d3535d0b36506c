// Merges into the customer on its timeline: who was merged in, and what moved.
import { customerMergesInto } from '../store';
import type { TimelineSource } from './source';

export const mergesSource: TimelineSource = {
  kind: 'merge',
  async list(tx, workspaceId, customerId, before, limit) {
    const rows = await customerMergesInto(tx, workspaceId, customerId, before, limit);
    return rows.map((r) => ({
      id: r.id,
      kind: 'merge',
      at: r.at,
      merge: { sourceName: r.source_name, moved: r.moved },
    }));
  },
};
