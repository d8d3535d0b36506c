// A survey's responses (M1): the filtered list, one response with its answers, and the published
// version it was answered against (to label answers with that version's questions). Shapes mirror
// responseSummarySchema / responseDetailSchema in server/features/surveys/schemas.ts.
import { useQuery } from '@tanstack/react-query';
import type { SurveyDefinition } from '../../../common/survey/definition';
import { api } from './client';
import { useCursorList } from './list';

export const RESPONSE_STATUSES = ['complete', 'partial'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
export type DeviceClass = 'mobile' | 'tablet' | 'desktop' | 'unknown';

export interface ResponseSummary {
  id: string;
  surveyId: string;
  status: ResponseStatus;
  version: number;
  waveId: string | null;
  language: string;
  /** How it came in: link, qr, email, kiosk… */
  channel: string;
  locationId: string | null;
  deviceClass: DeviceClass;
  /** The ending shown, once complete. */
  ending: string | null;
  answerCount: number;
  startedAt: string;
  completedAt: string | null;
}

export interface ResponseDetail extends ResponseSummary {
  /** Keyed by question id, shaped by the version's question types. */
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  /** Seconds spent on each page, by page id. */
  pageSeconds: Record<string, number>;
  /** Where a partial response stopped. */
  currentPage: string | null;
  /** The customer the response came from, when its link carried their identity. */
  customerId: string | null;
}

export interface SurveyVersion {
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  questionCount: number;
  responseCount: number;
  definition: SurveyDefinition;
}

/** The list's filters as the API takes them; `from` and `to` are instants (started at or after / before). */
export interface ResponseQuery {
  status?: ResponseStatus;
  version?: number;
  waveId?: string;
  locationId?: string;
  channel?: string;
  language?: string;
  from?: string;
  to?: string;
}

const surveyPath = (workspaceId: string, surveyId: string) =>
  `/workspaces/${workspaceId}/surveys/${surveyId}`;
const surveyKey = (workspaceId: string, surveyId: string) =>
  ['ws', workspaceId, 'surveys', surveyId] as const;
const responsesKey = (workspaceId: string, surveyId: string) =>
  [...surveyKey(workspaceId, surveyId), 'responses'] as const;

export function useResponses(workspaceId: string, surveyId: string, query: ResponseQuery) {
  return useCursorList<ResponseSummary>(
    responsesKey(workspaceId, surveyId),
    `${surveyPath(workspaceId, surveyId)}/responses`,
    { ...query },
  );
}

export function useResponse(workspaceId: string, surveyId: string, responseId: string | null) {
  return useQuery({
    queryKey: [...responsesKey(workspaceId, surveyId), 'detail', responseId],
    queryFn: ({ signal }) =>
      api<ResponseDetail>(`${surveyPath(workspaceId, surveyId)}/responses/${responseId}`, { signal }),
    enabled: responseId !== null,
  });
}

/** A published version never changes: fetched once per session. */
export function useSurveyVersion(workspaceId: string, surveyId: string, version: number | null) {
  return useQuery({
    queryKey: [...surveyKey(workspaceId, surveyId), 'versions', version],
    queryFn: ({ signal }) =>
      api<SurveyVersion>(`${surveyPath(workspaceId, surveyId)}/versions/${version}`, { signal }),
    enabled: version !== null,
    staleTime: Infinity,
  });
}
