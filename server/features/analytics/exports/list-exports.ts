// The workspace's exports (of one survey, if asked), newest first.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { paginate } from '../../../platform/http/pagination';
import type { ExportListQuery } from './schemas';
import { listExportsQuery } from './store';

export function listExports(tx: Tx, actor: Actor, query: ExportListQuery) {
  return paginate(listExportsQuery(tx, actor.workspaceId, query.surveyId), 'id', query);
}
