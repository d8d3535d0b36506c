// Delete a survey that nobody has answered. Responses are what a survey is for: a survey with any
// is closed instead, which stops collection and keeps them.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit/write-audit';
import { AppError, notFound } from '../../platform/errors';
import { deleteSurveyRow, hasResponses, lockSurvey, lockVersions } from './store';

export async function deleteSurvey(tx: Tx, actor: Actor, id: string): Promise<void> {
  const survey = await lockSurvey(tx, actor.workspaceId, id);
  if (!survey) throw notFound('survey');
  // Waits for responses being saved right now, so that the check below sees them.
  await lockVersions(tx, actor.workspaceId, id);
  if (await hasResponses(tx, actor.workspaceId, { surveyId: id })) {
    throw new AppError(
      409,
      'survey_has_responses',
      'This survey has responses and cannot be deleted. Close it instead: it stops collecting and keeps them.',
    );
  }
  await deleteSurveyRow(tx, actor.workspaceId, id);
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'survey.deleted',
    targetType: 'survey',
    targetId: id,
    details: { name: survey.name, key: survey.key },
  });
}
