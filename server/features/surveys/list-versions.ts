// A survey's published versions, newest first, with how many responses each collected.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { findSurvey, versionsQuery, type VersionRow } from './store';

export async function listVersions(tx: Tx, actor: Actor, surveyId: string): Promise<VersionRow[]> {
  if (!(await findSurvey(tx, actor.workspaceId, surveyId))) throw notFound('survey');
  return versionsQuery(tx, actor.workspaceId, surveyId).execute();
}
