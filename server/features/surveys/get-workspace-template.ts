// One of this workspace's saved templates, with its definition.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { findTemplate, type TemplateRow } from './store';

export async function getWorkspaceTemplate(tx: Tx, actor: Actor, id: string): Promise<TemplateRow> {
  const row = await findTemplate(tx, actor.workspaceId, id);
  if (!row) throw notFound('template');
  return row;
}
