// Delete a wave that collected nothing; a wave with responses is what those responses are grouped by.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError, notFound } from '../../platform/errors';
import { deleteWaveRow, hasResponses, lockWave } from './store';

export async function deleteWave(tx: Tx, actor: Actor, surveyId: string, waveId: string): Promise<void> {
  // The lock waits for responses being saved into this wave right now, so the check below sees them.
  if (!(await lockWave(tx, actor.workspaceId, surveyId, waveId))) throw notFound('wave');
  if (await hasResponses(tx, actor.workspaceId, { waveId })) {
    throw new AppError(
      409,
      'wave_has_responses',
      'This wave has responses and cannot be deleted. Set its closing time to end it instead.',
    );
  }
  await deleteWaveRow(tx, actor.workspaceId, waveId);
}
