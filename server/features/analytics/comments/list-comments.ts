// The open-text explorer: free-text answers of complete responses, newest first, filtered like
// every analytics read (responseScope), searched by their words (Chinese segmented by jieba), with
// the response's headline score and the words to highlight.
import { sql } from 'kysely';
import type { AnalyticsFilters } from '../../../../common/analytics/query';
import type { Tx } from '../../../db/database';
import { badRequest } from '../../../platform/errors';
import { matchesQuery, searchQuery } from '../../../platform/text/search-sql';
import { loadAnalyticsSurvey, type AnalyticsSurvey } from '../scope/questions';
import { responseScope } from '../scope/response-scope';
import { decodeCursor, encodeCursor } from './cursor';
import { presentComment } from './present';
import type { Comment, CommentsQuery, NpsGroup } from './schemas';
import { findComments, findScores, latestDefinitions, type CommentFilter, type ScoreFact } from './store';

/** NPS groups by the 0–10 answer (PRODUCT.md): promoters 9–10, passives 7–8, detractors 0–6. */
const NPS_RANGES: Record<NpsGroup, { min: number; max: number }> = {
  promoter: { min: 9, max: 10 },
  passive: { min: 7, max: 8 },
  detractor: { min: 0, max: 6 },
};

export interface ListCommentsOptions {
  workspaceId: string;
  /** The validated query string (schemas.ts). */
  query: CommentsQuery;
}

export async function listComments(
  tx: Tx,
  { workspaceId, query: f }: ListCommentsOptions,
): Promise<{ items: Comment[]; nextCursor: string | null }> {
  const survey = f.surveyId ? await loadAnalyticsSurvey(tx, workspaceId, f.surveyId) : undefined;
  if (survey && f.questionId && !survey.questions.some((q) => q.id === f.questionId && q.type === 'text'))
    throw badRequest('Not a text question of this survey.', 'questionId');
  const search = f.q ? searchQuery(f.q) : null;
  if (f.q && !search) throw badRequest('The search has no words in it.', 'q');

  const filter: CommentFilter = {
    scope: await responseScope(tx, workspaceId, f.surveyId ?? null, filtersOf(f)),
    limit: f.limit + 1,
  };
  if (f.questionId) filter.questionId = f.questionId;
  if (search) filter.search = matchesQuery(sql.ref('ra.terms'), search.tsquery);
  if (f.npsGroup)
    filter.nps = { questions: await npsQuestions(tx, workspaceId, survey, f), ...NPS_RANGES[f.npsGroup] };
  if (f.cursor) filter.after = decodeCursor(f.cursor);

  const rows = await findComments(tx, workspaceId, filter);
  const page = rows.slice(0, f.limit);
  const surveys = new Map<string, AnalyticsSurvey>(survey ? [[survey.id, survey]] : []);
  for (const id of new Set(page.map((r) => r.survey_id)))
    if (!surveys.has(id)) surveys.set(id, await loadAnalyticsSurvey(tx, workspaceId, id));
  const scores = groupBy(
    await findScores(
      tx,
      workspaceId,
      page.map((r) => r.response_id),
    ),
  );

  const last = page.at(-1);
  return {
    items: page.map((row) =>
      presentComment(row, {
        survey: surveys.get(row.survey_id)!,
        scores: scores.get(row.response_id) ?? [],
        npsQuestionId: f.npsQuestionId,
        uiLanguage: f.uiLanguage,
        search: search?.terms,
      }),
    ),
    nextCursor:
      rows.length > f.limit && last
        ? encodeCursor({
            completedUs: last.completed_us,
            responseId: last.response_id,
            questionId: last.question_id,
          })
        : null,
  };
}

function filtersOf(f: CommentsQuery): AnalyticsFilters {
  const filters: AnalyticsFilters = {};
  if (f.from) filters.from = f.from;
  if (f.to) filters.to = f.to;
  if (f.locationId?.length) filters.locationIds = f.locationId;
  if (f.channel?.length) filters.channels = f.channel;
  if (f.language?.length) filters.languages = f.language;
  if (f.waveId?.length) filters.waveIds = f.waveId;
  return filters;
}

/**
 * Which NPS question the group is read from, per survey: the one asked for, else each survey's
 * first NPS question. Within one survey, asking for a group it cannot have is the user's mistake.
 */
async function npsQuestions(
  tx: Tx,
  workspaceId: string,
  survey: AnalyticsSurvey | undefined,
  f: CommentsQuery,
): Promise<{ surveyId: string; questionId: string }[]> {
  if (survey) {
    const nps = survey.questions.filter((q) => q.type === 'nps');
    const chosen = f.npsQuestionId ? nps.find((q) => q.id === f.npsQuestionId) : nps[0];
    if (!chosen)
      throw f.npsQuestionId
        ? badRequest('Not an NPS question of this survey.', 'npsQuestionId')
        : badRequest('This survey has no NPS question.', 'npsGroup');
    return [{ surveyId: survey.id, questionId: chosen.id }];
  }
  const pairs: { surveyId: string; questionId: string }[] = [];
  for (const { surveyId, definition } of await latestDefinitions(tx, workspaceId)) {
    const nps = definition.pages.flatMap((p) => p.questions).filter((q) => q.type === 'nps');
    const chosen = f.npsQuestionId ? nps.find((q) => q.id === f.npsQuestionId) : nps[0];
    if (chosen) pairs.push({ surveyId, questionId: chosen.id });
  }
  return pairs;
}

function groupBy(scores: ScoreFact[]): Map<string, ScoreFact[]> {
  const map = new Map<string, ScoreFact[]>();
  for (const s of scores) map.set(s.response_id, [...(map.get(s.response_id) ?? []), s]);
  return map;
}
