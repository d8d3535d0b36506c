// The workspace's imports, newest first.
import type { PageQuery } from '../../../../common/pagination';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { paginate } from '../../../platform/http/pagination';
import { fieldsWithLabels, listImportsQuery } from './store';

export async function listImports(tx: Tx, actor: Actor, query: PageQuery) {
  const page = await paginate(listImportsQuery(tx, actor.workspaceId), 'id', query);
  return { ...page, fields: await fieldsWithLabels(tx, actor.workspaceId) };
}
