// One published version of a survey, with its definition as respondents answered it.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { versionsQuery, type VersionRow } from './store';

export async function getVersion(
  tx: Tx,
  actor: Actor,
  surveyId: string,
  version: number,
): Promise<VersionRow> {
  const row = await versionsQuery(tx, actor.workspaceId, surveyId)
    .where('v.version', '=', version)
    .executeTakeFirst();
  if (!row) throw notFound('version');
  return row;
}
