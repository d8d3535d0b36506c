// The workspace's value at a glance: how many customers, how many have RFM scores (a purchase in
// the last 365 days), and how many are in each RFM segment and consumer type (zeros included, in
// a fixed order, so the console can draw them as they are).
import { CONSUMER_TYPES, RFM_SEGMENTS } from '../../../../common/customers/value';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { valueCounts } from './store';

export async function valueSummary(tx: Tx, actor: Actor) {
  const { totals, segments, types } = await valueCounts(tx, actor.workspaceId);
  const bySegment = new Map(segments.map((s) => [s.rfm_segment, Number(s.n)]));
  const byType = new Map(types.map((t) => [t.consumer_type, Number(t.n)]));
  return {
    computedAt: totals.computed_at ? new Date(totals.computed_at).toISOString() : null,
    customers: Number(totals.customers),
    withOrders: Number(totals.with_orders),
    rfmSegments: RFM_SEGMENTS.map((segment) => ({ segment, count: bySegment.get(segment) ?? 0 })),
    consumerTypes: CONSUMER_TYPES.map((type) => ({ type, count: byType.get(type) ?? 0 })),
  };
}
