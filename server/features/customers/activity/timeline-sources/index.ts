// Every source the timeline merges, one per kind. A new kind of history (cases, points) is one
// more file here, one more entry below and its kind in schemas.ts's TIMELINE_KINDS.
import type { TimelineKind } from '../schemas';
import { eventsSource } from './events';
import { mergesSource } from './merges';
import { ordersSource } from './orders';
import { responsesSource } from './responses';
import type { TimelineSource } from './source';

export const TIMELINE_SOURCES: Record<TimelineKind, TimelineSource> = {
  order: ordersSource,
  event: eventsSource,
  response: responsesSource,
  merge: mergesSource,
};
