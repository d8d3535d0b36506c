// The customer list's search and filters live in the URL (?q=…&rfmSegment=at_risk&segmentId=…) so a
// filtered list can be bookmarked, shared and reached from a segment. Here: reading them back
// safely from a hand-edited link.
import { CONSUMER_TYPES, RFM_SEGMENTS, type CustomerQuery } from '../../api/customers';

export const CUSTOMER_FILTER_KEYS = [
  'q',
  'tag',
  'rfmSegment',
  'consumerType',
  'segmentId',
] as const satisfies readonly (keyof CustomerQuery)[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (v: unknown, max: number): string | undefined => {
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  return s && s.length <= max ? s : undefined;
};

export function parseCustomerFilters(search: Record<string, unknown>): CustomerQuery {
  const f: CustomerQuery = {};
  const q = text(search.q, 200);
  if (q) f.q = q;
  const tag = text(search.tag, 50);
  if (tag) f.tag = tag;
  const rfm = text(search.rfmSegment, 40);
  if (rfm && (RFM_SEGMENTS as readonly string[]).includes(rfm)) f.rfmSegment = rfm;
  const type = text(search.consumerType, 40);
  if (type && (CONSUMER_TYPES as readonly string[]).includes(type)) f.consumerType = type;
  const segmentId = text(search.segmentId, 36);
  if (segmentId && UUID.test(segmentId)) f.segmentId = segmentId;
  return f;
}

export const activeCustomerFilters = (f: CustomerQuery): number =>
  CUSTOMER_FILTER_KEYS.filter((k) => f[k] !== undefined).length;
