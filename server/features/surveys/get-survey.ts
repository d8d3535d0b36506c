// One survey with its draft, settings and response counts.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import type { SurveyWithCounts } from './present';
import { findSurvey, NO_RESPONSES, responseCounts, type SurveyRow } from './store';

export async function getSurvey(tx: Tx, actor: Actor, id: string): Promise<SurveyWithCounts> {
  const survey = await findSurvey(tx, actor.workspaceId, id);
  if (!survey) throw notFound('survey');
  return withCounts(tx, actor.workspaceId, survey);
}

/** A survey row with its complete and partial response counts. */
export async function withCounts(tx: Tx, workspaceId: string, survey: SurveyRow): Promise<SurveyWithCounts> {
  const counts = await responseCounts(tx, workspaceId, [survey.id]);
  return { survey, counts: counts.get(survey.id) ?? NO_RESPONSES };
}
