// Reports (M3): scheduled report emails (weekly or monthly, PDF or DOCX, to a list of addresses)
// and a survey's report made on the spot. The shapes mirror server/features/analytics/reports/.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnalyticsFilters } from './analytics';
import { api, withQuery } from './client';
import { useCursorList } from './list';

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_FREQUENCIES = ['weekly', 'monthly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];
/** The languages a report is written in (its labels; survey texts come in the survey's languages). */
export const REPORT_LANGUAGES = ['zh-CN', 'zh-TW', 'en', 'es'] as const;
export const REPORT_PERIODS = ['all', 'last_week', 'last_month'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
/** The API's limit. */
export const MAX_RECIPIENTS = 50;

export interface ReportSchedule {
  id: string;
  surveyId: string;
  name: string;
  frequency: ReportFrequency;
  format: ReportFormat;
  language: string;
  recipients: string[];
  /** Filters applied on top of the period (never dates: each send covers the last whole week or month). */
  params: { filters?: AnalyticsFilters };
  /** Weekly: the next Monday 08:00; monthly: the next 1st at 08:00 — in the workspace's time zone. */
  nextRunAt: string;
  lastRunAt: string | null;
  /** Why the last send failed (it is retried); null after a success. */
  lastError: string | null;
  createdAt: string;
}

export interface ScheduleInput {
  surveyId: string;
  name: string;
  frequency: ReportFrequency;
  format: ReportFormat;
  language: string;
  recipients: string[];
  params?: { filters?: AnalyticsFilters };
}

export interface SentNow {
  scheduleId: string;
  period: { from: string; to: string };
}

const key = (workspaceId: string) => ['ws', workspaceId, 'report-schedules'] as const;
const base = (workspaceId: string) => `/workspaces/${workspaceId}/report-schedules`;

/** A survey's schedules, newest first. */
export function useReportSchedules(workspaceId: string, surveyId: string) {
  return useCursorList<ReportSchedule>([...key(workspaceId), 'list'], base(workspaceId), { surveyId });
}

export function useReportScheduleMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: key(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (body: ScheduleInput) => api<ReportSchedule>(base(workspaceId), { method: 'POST', body }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: Partial<ScheduleInput> & { id: string }) =>
        api<ReportSchedule>(`${base(workspaceId)}/${id}`, { method: 'PATCH', body }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`${base(workspaceId)}/${id}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    // The send runs as a job: lastRunAt (or lastError) changes once it is done.
    sendNow: useMutation({
      mutationFn: (id: string) => api<SentNow>(`${base(workspaceId)}/${id}/send-now`, { method: 'POST' }),
      onSuccess: refresh,
    }),
  };
}

/**
 * The same-origin address of a survey's report made on the spot: a plain GET the session cookie
 * authorises, so a link with `download` saves it.
 */
export function reportFileUrl(
  workspaceId: string,
  surveyId: string,
  format: ReportFormat,
  opts: { language?: string; period?: ReportPeriod } = {},
): string {
  return withQuery(`/api/v1/workspaces/${workspaceId}/analytics/surveys/${surveyId}/report.${format}`, opts);
}
