// The survey list, newest first, with the response counts of the page in one grouped query.
import type { PageQuery } from '../../../common/pagination';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { paginate } from '../../platform/http/pagination';
import type { SurveyWithCounts } from './present';
import { NO_RESPONSES, responseCounts, surveysQuery, type SurveyRow } from './store';

export interface ListSurveysOptions extends PageQuery {
  status?: SurveyRow['status'];
  /** Part of the name, case-insensitive. */
  q?: string;
}

export async function listSurveys(
  tx: Tx,
  actor: Actor,
  opts: ListSurveysOptions,
): Promise<{ items: SurveyWithCounts[]; nextCursor: string | null }> {
  const page = await paginate(surveysQuery(tx, actor.workspaceId, opts), 'id', opts);
  const counts = await responseCounts(
    tx,
    actor.workspaceId,
    page.items.map((s) => s.id),
  );
  return {
    items: page.items.map((survey) => ({ survey, counts: counts.get(survey.id) ?? NO_RESPONSES })),
    nextCursor: page.nextCursor,
  };
}
