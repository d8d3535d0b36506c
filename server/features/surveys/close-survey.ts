// Close a published survey: the survey page stops taking responses; the responses stay. Publishing
// again reopens it.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit/write-audit';
import { AppError, notFound } from '../../platform/errors';
import { publishEvent } from '../../platform/events/publish-event';
import { withCounts } from './get-survey';
import type { SurveyWithCounts } from './present';
import { lockSurvey, updateSurveyRow } from './store';

export async function closeSurvey(tx: Tx, actor: Actor, id: string): Promise<SurveyWithCounts> {
  const ws = actor.workspaceId;
  const survey = await lockSurvey(tx, ws, id);
  if (!survey) throw notFound('survey');
  if (survey.status !== 'published') {
    throw new AppError(
      409,
      'survey_not_published',
      survey.status === 'closed' ? 'This survey is closed already.' : 'This survey was never published.',
    );
  }
  const updated = await updateSurveyRow(tx, ws, id, { status: 'closed', updated_at: new Date() });
  await publishEvent(tx, ws, 'survey.closed', { surveyId: id, version: survey.latest_version });
  await writeAudit(tx, ws, actor, {
    action: 'survey.closed',
    targetType: 'survey',
    targetId: id,
    details: { version: survey.latest_version },
  });
  return withCounts(tx, ws, updated);
}
