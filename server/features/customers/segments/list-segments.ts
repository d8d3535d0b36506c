// Saved segments, newest first, each with its live count: the counts of a page come from one
// scan of the customers (one COUNT … FILTER per segment), not one query per segment.
import type { PageQuery } from '../../../../common/pagination';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { paginate } from '../../../platform/http/pagination';
import { definitionCondition } from './segment-members';
import { countMatching, segmentsPage, type SegmentRow } from './store';

export async function listSegments(tx: Tx, actor: Actor, query: PageQuery) {
  const ws = actor.workspaceId;
  const page = await paginate(segmentsPage(tx, ws), 'id', query);
  const rows = page.items as SegmentRow[];
  const now = new Date();
  const counts = await countMatching(
    tx,
    ws,
    rows.map((r) => definitionCondition(tx, ws, r.definition, now)),
  );
  return { items: rows.map((row, i) => ({ row, count: counts[i]! })), nextCursor: page.nextCursor };
}
