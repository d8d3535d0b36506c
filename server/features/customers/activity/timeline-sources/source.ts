// The shape every timeline source has. A source is one kind of thing that happened to a customer
// (an order, an event, a response, a merge; later cases and points); timeline.ts asks each chosen
// source for its newest entries before the cursor and merges them.
import type { Tx } from '../../../../db/database';
import type { TimelineItem, TimelineKind } from '../schemas';
import type { TimelinePosition } from '../store';

/** A timeline item whose `at` is exact (UTC text to the microsecond; see exactAt in store.ts). */
export type TimelineEntry = TimelineItem;

export interface TimelineSource {
  kind: TimelineKind;
  /** The customer's entries strictly before `before` (by at, then id), newest first, at most `limit`. */
  list(
    tx: Tx,
    workspaceId: string,
    customerId: string,
    before: TimelinePosition | null,
    limit: number,
  ): Promise<TimelineEntry[]>;
}
