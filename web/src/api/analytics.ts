// Analytics (M3): a metric with its breakdown, two groups compared with significance, what a survey
// offers to measure, and the dashboards (a survey's and the workspace overview). Request and answer
// types come from common/analytics (types only: zod stays on the server).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnalyticsFilters,
  compareQuerySchema,
  MetricQueryInput,
  MetricSpec,
  MetricSpecInput,
} from '../../../common/analytics/query';
import type { MetricResult } from '../../../common/analytics/metrics';
import type {
  CompareAnswer,
  CompareRow,
  MetricAnswer,
  MetricRow,
  TestResult,
} from '../../../common/analytics/results';
import type { DashboardAnswer, Widget } from '../../../common/analytics/widgets';
import { api } from './client';
import type { Survey } from './surveys';

export type {
  AnalyticsFilters,
  CompareAnswer,
  CompareRow,
  MetricAnswer,
  MetricRow,
  MetricSpec,
  MetricSpecInput,
};
export type { MetricQueryInput, MetricResult, TestResult };
export type CompareQueryInput = z.input<typeof compareQuerySchema>;
export type { DashboardAnswer, Widget };

/** A question as analytics sees it, labelled in the asked language. */
export interface AnalyticsQuestion {
  id: string;
  type: string;
  title: string;
  scale: { min: number; max: number } | null;
  /** Matrix rows, or `importance` and `performance`. */
  items: { id: string; label: string }[];
  /** Choice options. */
  options: { id: string; label: string }[];
}

const key = (workspaceId: string) => ['ws', workspaceId, 'analytics'] as const;
const base = (workspaceId: string) => `/workspaces/${workspaceId}`;

/** Figures change as responses arrive; a minute is fresh enough for a dashboard. */
const FRESH = 60_000;

export function useAnalyticsQuestions(workspaceId: string, surveyId: string | undefined, language: string) {
  return useQuery({
    queryKey: [...key(workspaceId), 'questions', surveyId, language],
    queryFn: ({ signal }) =>
      api<{ items: AnalyticsQuestion[] }>(`${base(workspaceId)}/analytics/surveys/${surveyId}/questions`, {
        query: { language },
        signal,
      }).then((r) => r.items),
    enabled: Boolean(surveyId),
    staleTime: 5 * FRESH,
  });
}

/** A metric over the filtered responses; null while the caller's choices are incomplete. */
export function useMetric(workspaceId: string, query: MetricQueryInput | null) {
  return useQuery({
    queryKey: [...key(workspaceId), 'metric', query],
    queryFn: ({ signal }) =>
      api<MetricAnswer>(`${base(workspaceId)}/analytics/metric`, { method: 'POST', body: query, signal }),
    enabled: query !== null,
    staleTime: FRESH,
    placeholderData: keepPreviousData,
  });
}

/** Two groups (waves, periods, a segment and the rest) compared, with a significance test per row. */
export function useCompare(workspaceId: string, query: CompareQueryInput | null) {
  return useQuery({
    queryKey: [...key(workspaceId), 'compare', query],
    queryFn: ({ signal }) =>
      api<CompareAnswer>(`${base(workspaceId)}/analytics/compare`, { method: 'POST', body: query, signal }),
    enabled: query !== null,
    staleTime: FRESH,
    placeholderData: keepPreviousData,
  });
}

/**
 * A survey's name, for overview widgets (each names its survey). Same cache entry as useSurvey, so
 * the survey is fetched once however many widgets show it; nothing is fetched without an id.
 */
export function useSurveyName(workspaceId: string, surveyId: string | undefined) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'surveys', surveyId],
    queryFn: ({ signal }) => api<Survey>(`${base(workspaceId)}/surveys/${surveyId}`, { signal }),
    enabled: Boolean(surveyId),
    select: (s) => s.name,
  });
}

/** surveyId null: the workspace overview. */
const dashboardPath = (workspaceId: string, surveyId: string | null) =>
  `${base(workspaceId)}/dashboards/${surveyId === null ? 'overview' : `surveys/${surveyId}`}`;
const dashboardKey = (workspaceId: string, surveyId: string | null) =>
  ['ws', workspaceId, 'dashboards', surveyId ?? 'overview'] as const;

export function useDashboard(workspaceId: string, surveyId: string | null) {
  return useQuery({
    queryKey: dashboardKey(workspaceId, surveyId),
    queryFn: ({ signal }) => api<DashboardAnswer>(dashboardPath(workspaceId, surveyId), { signal }),
  });
}

export function useDashboardMutations(workspaceId: string, surveyId: string | null) {
  const qc = useQueryClient();
  const path = dashboardPath(workspaceId, surveyId);
  const changed = (d: DashboardAnswer) => qc.setQueryData(dashboardKey(workspaceId, surveyId), d);
  return {
    save: useMutation({
      mutationFn: (widgets: Widget[]) => api<DashboardAnswer>(path, { method: 'PUT', body: { widgets } }),
      onSuccess: changed,
    }),
    reset: useMutation({
      mutationFn: () => api<DashboardAnswer>(path, { method: 'DELETE' }),
      onSuccess: changed,
    }),
  };
}
