// One import of the workspace, with the custom fields its suggested mapping is made from.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { notFound } from '../../../platform/errors';
import { UUID } from '../../../platform/ids';
import { fieldsWithLabels, findImport } from './store';

export async function getImport(tx: Tx, actor: Actor, importId: string, opts: { lock?: boolean } = {}) {
  const row = UUID.test(importId) ? await findImport(tx, actor.workspaceId, importId, opts) : undefined;
  if (!row) throw notFound('import');
  return row;
}

export async function getImportWithFields(tx: Tx, actor: Actor, importId: string) {
  const row = await getImport(tx, actor, importId);
  return { row, fields: await fieldsWithLabels(tx, actor.workspaceId) };
}
