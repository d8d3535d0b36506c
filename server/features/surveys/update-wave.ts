// Rename a wave or move its dates; the new dates are checked like a new wave's.
import { givenChanges } from '../../db/changes';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { lockSurvey, surveyWaves, updateWaveRow, wavesQuery, type WaveWithCount } from './store';
import { checkWaveTimes } from './wave-rules';

export interface UpdateWaveOptions {
  name?: string;
  opensAt?: string;
  /** null: open-ended. */
  closesAt?: string | null;
}

/** undefined (left out) and null (no end) pass through. */
const instant = <T extends string | null | undefined>(v: T) =>
  (v == null ? v : new Date(v)) as Exclude<T, string> | Date;

export async function updateWave(
  tx: Tx,
  actor: Actor,
  surveyId: string,
  waveId: string,
  changes: UpdateWaveOptions,
): Promise<WaveWithCount> {
  const ws = actor.workspaceId;
  if (!(await lockSurvey(tx, ws, surveyId))) throw notFound('survey');
  const waves = await surveyWaves(tx, ws, surveyId);
  const current = waves.find((w) => w.id === waveId);
  if (!current) throw notFound('wave');
  const set = givenChanges({
    name: changes.name,
    opens_at: instant(changes.opensAt),
    closes_at: instant(changes.closesAt),
  });
  if (set) {
    checkWaveTimes(
      {
        opens_at: set.opens_at ?? current.opens_at,
        closes_at: set.closes_at !== undefined ? set.closes_at : current.closes_at,
      },
      waves.filter((w) => w !== current),
    );
    await updateWaveRow(tx, ws, waveId, set);
  }
  return wavesQuery(tx, ws, surveyId).where('w.id', '=', waveId).executeTakeFirstOrThrow();
}
