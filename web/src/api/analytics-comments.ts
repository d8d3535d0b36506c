// The open-text explorer: free-text answers with filters and word search. Shapes mirror
// commentSchema / commentsQuery in server/features/analytics/comments/schemas.ts.
import type { AnalyticsFilters } from '../../../common/analytics/query';
import type { Query } from './client';
import { useCursorList } from './list';

export const NPS_GROUPS = ['promoter', 'passive', 'detractor'] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];
export type ScoreType = 'nps' | 'csat' | 'ces' | 'rating';

export interface CommentItem {
  responseId: string;
  surveyId: string;
  surveyName: string;
  questionId: string;
  questionTitle: string;
  text: string;
  language: string;
  channel: string;
  location: { id: string; name: string } | null;
  completedAt: string;
  score: { questionId: string; type: ScoreType; value: number } | null;
  /** The words of the text the search matched, as written there. */
  matches: string[];
}

/** The explorer's query parameters as the API takes them (lists comma-separated). */
export interface CommentParams {
  questionId?: string;
  /** Words that must all be in the comment. */
  q?: string;
  from?: string;
  to?: string;
  locationId?: string;
  channel?: string;
  language?: string;
  waveId?: string;
}

/** What the list asks for. */
export interface CommentQuery extends CommentParams {
  /** Omitted: every survey of the workspace. */
  surveyId?: string;
  npsGroup?: NpsGroup;
  /** The analytics page's filters (days in the workspace's time zone, locations, channels, …). */
  filters?: AnalyticsFilters;
  /** The language of question titles. */
  uiLanguage?: string;
  limit?: number;
}

/** The query string: the page's list filters as comma-separated values; explicit parameters win. */
export function commentParams({ filters: f = {}, ...rest }: CommentQuery): Query {
  const joined = (xs: readonly string[] | undefined) => (xs?.length ? xs.join(',') : undefined);
  const fromFilters: Query = {
    from: f.from,
    to: f.to,
    locationId: joined(f.locationIds),
    channel: joined(f.channels),
    language: joined(f.languages),
    waveId: joined(f.waveIds),
  };
  const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { ...fromFilters, ...given };
}

export function useComments(workspaceId: string, query: CommentQuery) {
  return useCursorList<CommentItem>(
    ['ws', workspaceId, 'analytics', 'comments'],
    `/workspaces/${workspaceId}/analytics/comments`,
    commentParams(query),
  );
}
