// Remove a saved template. Surveys made from it keep their own copy of its definition.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { deleteTemplateRow, findTemplate } from './store';

export async function deleteTemplate(tx: Tx, actor: Actor, id: string): Promise<void> {
  if (!(await findTemplate(tx, actor.workspaceId, id))) throw notFound('template');
  await deleteTemplateRow(tx, actor.workspaceId, id);
}
