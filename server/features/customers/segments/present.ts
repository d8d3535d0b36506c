// Segment rows → the API's shapes.
import type { SegmentRow } from './store';
import type { sampleCustomers } from './store';

export function presentSegment(row: SegmentRow, count: number) {
  return {
    id: row.id,
    name: row.name,
    definition: row.definition,
    count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

type SampleRow = Awaited<ReturnType<typeof sampleCustomers>>[number];

export function presentCustomerSummary(c: SampleRow) {
  return {
    id: c.id,
    name: c.name,
    tags: c.tags,
    email: c.email,
    phone: c.phone,
    rfmSegment: c.rfm_segment,
    consumerType: c.consumer_type,
    createdAt: c.created_at.toISOString(),
  };
}
