// A survey's waves, by number, with how many responses each collected.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { findSurvey, wavesQuery, type WaveWithCount } from './store';

export async function listWaves(tx: Tx, actor: Actor, surveyId: string): Promise<WaveWithCount[]> {
  if (!(await findSurvey(tx, actor.workspaceId, surveyId))) throw notFound('survey');
  return wavesQuery(tx, actor.workspaceId, surveyId).execute();
}
