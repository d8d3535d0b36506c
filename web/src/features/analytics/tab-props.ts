import type { AnalyticsFilters } from '../../api/analytics';

/** What every tab of a survey's analytics page is given. */
export interface AnalyticsTabProps {
  workspaceId: string;
  surveyId: string;
  /**
   * The page's filter bar (period, locations, channels, waves, languages), kept in the URL. Days
   * are the workspace's calendar days; `from`/`to` are absent for "all time".
   */
  filters?: AnalyticsFilters;
}
