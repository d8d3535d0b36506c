// Segment rows → the API's shapes.
import type { SegmentRow } from './store';

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
