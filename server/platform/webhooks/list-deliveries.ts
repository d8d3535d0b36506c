// A webhook's delivery log, newest first, a page at a time.
import type { PageQuery } from '../../../common/pagination';
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { paginate } from '../http/pagination';
import { deliveriesOf, findWebhook } from './store';

export async function listDeliveries(tx: Tx, actor: Actor, webhookId: string, page: PageQuery) {
  if (!(await findWebhook(tx, actor.workspaceId, webhookId))) throw notFound('webhook');
  return paginate(deliveriesOf(tx, actor.workspaceId, webhookId), 'id', page);
}
