// Timeline entries → the API's timeline items. Entries carry their time to the microsecond (for
// the cursor); the API gives it to the millisecond like every other timestamp.
import type { TimelineItem } from './schemas';
import type { TimelineEntry } from './timeline-sources/source';

export function presentTimelineItem(e: TimelineEntry): TimelineItem {
  return { ...e, at: `${e.at.slice(0, 23)}Z` };
}
