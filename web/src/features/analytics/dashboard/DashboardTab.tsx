// A survey's dashboard tab: the widgets chosen for this survey (or the default made from its
// questions), under the page's filters.
import type { AnalyticsTabProps } from '../tab-props';
import { todayIn } from '../filters/url-filters';
import { useCurrentWorkspace } from '../../workspace/current';
import { DashboardBoard } from './DashboardBoard';

export function DashboardTab({ surveyId, filters }: AnalyticsTabProps) {
  const ws = useCurrentWorkspace();
  return <DashboardBoard surveyId={surveyId} filters={filters ?? {}} today={todayIn(ws.timeZone)} />;
}
