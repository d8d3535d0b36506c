/** What every tab of a survey's analytics page is given. */
export interface AnalyticsTabProps {
  workspaceId: string;
  surveyId: string;
}
