// A survey's distributions, newest first, each with its tracking counts.
import type { PageQuery } from '../../../common/pagination';
import type { Tx } from '../../db/database';
import { notFound } from '../../platform/errors';
import { paginate } from '../../platform/http/pagination';
import { findSurvey } from '../surveys/store';
import { presentDistribution } from './present';
import { distributionStats } from './stats';
import { distributionsQuery, findDistribution } from './store';

export async function listDistributions(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  query: PageQuery & { archived: boolean },
  publicUrl: string,
) {
  if (!(await findSurvey(tx, workspaceId, surveyId))) throw notFound('survey');
  const page = await paginate(distributionsQuery(tx, workspaceId, surveyId, query.archived), 'id', query);
  const stats = await distributionStats(tx, workspaceId, page.items);
  return {
    items: page.items.map((row) => presentDistribution(row, stats.get(row.id)!, publicUrl)),
    nextCursor: page.nextCursor,
  };
}

export async function getDistribution(tx: Tx, workspaceId: string, id: string, publicUrl: string) {
  const row = await findDistribution(tx, workspaceId, id);
  if (!row) throw notFound('distribution');
  const stats = await distributionStats(tx, workspaceId, [row]);
  return presentDistribution(row, stats.get(row.id)!, publicUrl);
}
