// One customer's history across channels, newest first: orders, events, responses and merges
// (timeline-sources/). Keyset pagination over (at, id): each chosen source gives its newest
// `limit + 1` entries before the cursor, and the merge of those holds the page and tells whether
// there is more. Timestamps are compared to the microsecond, so no entry is skipped or repeated.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { badRequest, notFound } from '../../../platform/errors';
import { UUID } from '../../../platform/ids';
import { findCustomer } from '../store';
import { TIMELINE_KINDS, type TimelineKind, type TimelineQuery } from './schemas';
import type { TimelinePosition } from './store';
import { TIMELINE_SOURCES } from './timeline-sources';
import type { TimelineEntry } from './timeline-sources/source';

const EXACT_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export async function getTimeline(
  tx: Tx,
  actor: Actor,
  customerId: string,
  query: TimelineQuery,
): Promise<{ items: TimelineEntry[]; nextCursor: string | null }> {
  const ws = actor.workspaceId;
  if (!UUID.test(customerId) || !(await findCustomer(tx, ws, customerId))) throw notFound('customer');
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const kinds = query.kinds ? (query.kinds.split(',') as TimelineKind[]) : TIMELINE_KINDS;
  const lists = [];
  // One after another: the transaction is one connection, and each source is one indexed query.
  for (const kind of new Set(kinds)) {
    lists.push(await TIMELINE_SOURCES[kind].list(tx, ws, customerId, before, query.limit + 1));
  }
  const merged = lists.flat().sort(newestFirst);
  const items = merged.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: merged.length > query.limit && last ? encodeCursor(last) : null };
}

/** Newest first; at the same microsecond, the greater id first (as the SQL orders them). */
function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const encodeCursor = (e: TimelinePosition) => Buffer.from(`${e.at}|${e.id}`).toString('base64url');

function decodeCursor(cursor: string): TimelinePosition {
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!EXACT_AT.test(at) || !UUID.test(id))
    throw badRequest('The cursor is not one this API gave out.', 'cursor');
  return { at, id: id.toLowerCase() };
}
