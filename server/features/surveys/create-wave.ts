// A new wave of a survey, numbered after the others. The survey row is locked, so that two waves
// made at once get different numbers and are checked against each other for overlap.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { insertWave, lockSurvey, surveyWaves, type WaveWithCount } from './store';
import { checkWaveTimes } from './wave-rules';

export interface CreateWaveOptions {
  name: string;
  /** ISO 8601 instants. */
  opensAt: string;
  closesAt: string | null;
}

export async function createWave(
  tx: Tx,
  actor: Actor,
  surveyId: string,
  opts: CreateWaveOptions,
): Promise<WaveWithCount> {
  if (!(await lockSurvey(tx, actor.workspaceId, surveyId))) throw notFound('survey');
  const times = {
    opens_at: new Date(opts.opensAt),
    closes_at: opts.closesAt ? new Date(opts.closesAt) : null,
  };
  const others = await surveyWaves(tx, actor.workspaceId, surveyId);
  checkWaveTimes(times, others);
  const wave = await insertWave(tx, {
    workspace_id: actor.workspaceId,
    id: newId(),
    survey_id: surveyId,
    number: Math.max(0, ...others.map((w) => w.number)) + 1,
    name: opts.name,
    ...times,
  });
  return { ...wave, response_count: 0 };
}
