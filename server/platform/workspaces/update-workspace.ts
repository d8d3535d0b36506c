import { givenChanges } from '../../db/changes';
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { notFound } from '../errors';

export interface UpdateWorkspaceOptions {
  name?: string;
  defaultLanguage?: string;
  timeZone?: string;
  currency?: string;
  phoneCountry?: string | null;
}

export async function updateWorkspace(tx: Tx, actor: Actor, changes: UpdateWorkspaceOptions) {
  const set = givenChanges({
    name: changes.name,
    default_language: changes.defaultLanguage,
    time_zone: changes.timeZone,
    currency: changes.currency,
    phone_country: changes.phoneCountry,
  });
  if (!set) {
    const current = await tx
      .selectFrom('workspaces')
      .selectAll()
      .where('id', '=', actor.workspaceId)
      .executeTakeFirst();
    if (!current) throw notFound('workspace');
    return current;
  }
  const row = await tx
    .updateTable('workspaces')
    .set(set)
    .where('id', '=', actor.workspaceId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('workspace');
  await writeAudit(tx, actor.workspaceId, actor, { action: 'workspace.updated', details: { ...changes } });
  return row;
}
