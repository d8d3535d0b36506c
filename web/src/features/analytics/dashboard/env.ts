// What every widget of a dashboard shares: the workspace, the survey (null on the overview, where
// each widget names its own), the page's filters and today's date in the workspace's time zone.
import { createContext, useContext } from 'react';
import type { AnalyticsFilters, Widget } from '../../../api/analytics';
import { canEditSurveys } from '../../surveys/status';

export interface DashboardEnv {
  workspaceId: string;
  surveyId: string | null;
  filters: AnalyticsFilters;
  today: string;
  /** The console's language: labels in the answers come in it when the survey has it. */
  language: string;
}

export const DashboardEnvContext = createContext<DashboardEnv | null>(null);

export function useDashboardEnv(): DashboardEnv {
  const env = useContext(DashboardEnvContext);
  if (!env) throw new Error('useDashboardEnv() outside a dashboard');
  return env;
}

/** The survey a widget measures: its own on the overview, the page's on a survey dashboard. */
export const widgetSurveyId = (w: Widget, env: DashboardEnv): string | undefined =>
  w.config.surveyId ?? env.surveyId ?? undefined;

/** The dashboard's date range for "this period vs the previous one"; null when it shows all time. */
export function currentRange(env: DashboardEnv): { from: string; to: string } | null {
  return env.filters.from ? { from: env.filters.from, to: env.filters.to ?? env.today } : null;
}

/** The filters without the dates, for comparisons that set their own periods. */
export function undated(filters: AnalyticsFilters): AnalyticsFilters {
  const { from: _from, to: _to, ...rest } = filters;
  return rest;
}

/** Same roles as the server's dashboards.write; a courtesy only, the server decides. */
export const canEditDashboards = canEditSurveys;
