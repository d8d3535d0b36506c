// One export of the workspace (an expired one is gone, whether or not its removal has run yet).
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { notFound } from '../../../platform/errors';
import { UUID } from '../../../platform/ids';
import { findExport } from './store';

export async function getExport(tx: Tx, actor: Actor, exportId: string) {
  const row = UUID.test(exportId) ? await findExport(tx, actor.workspaceId, exportId) : undefined;
  if (!row || (row.expires_at && row.expires_at <= new Date())) throw notFound('export');
  return row;
}
