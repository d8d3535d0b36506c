// Publish: the draft, checked again, becomes the next immutable version, and respondents answer it
// from now on. A closed survey with nothing new reopens on its current version. The survey row is
// locked first, so that two publishes at once make two versions, one after the other.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit/write-audit';
import { AppError, notFound } from '../../platform/errors';
import { publishEvent } from '../../platform/events/publish-event';
import { parseDefinition } from './definitions';
import { withCounts } from './get-survey';
import type { SurveyWithCounts } from './present';
import { insertVersion, lockSurvey, updateSurveyRow } from './store';

export async function publishSurvey(tx: Tx, actor: Actor, id: string): Promise<SurveyWithCounts> {
  const ws = actor.workspaceId;
  const survey = await lockSurvey(tx, ws, id);
  if (!survey) throw notFound('survey');

  if (survey.draft_changed || survey.latest_version === null) {
    // The definition rules may have grown since the draft was saved.
    const definition = parseDefinition(survey.draft, 'draft');
    const version = (survey.latest_version ?? 0) + 1;
    await insertVersion(tx, {
      workspace_id: ws,
      survey_id: id,
      version,
      definition: JSON.stringify(definition),
      published_by: actor.userId,
    });
    const updated = await updateSurveyRow(tx, ws, id, {
      draft: JSON.stringify(definition),
      draft_changed: false,
      latest_version: version,
      status: 'published',
      updated_at: new Date(),
    });
    await announce(tx, actor, updated.id, version, false);
    return withCounts(tx, ws, updated);
  }

  if (survey.status === 'closed') {
    const updated = await updateSurveyRow(tx, ws, id, { status: 'published', updated_at: new Date() });
    await announce(tx, actor, id, survey.latest_version, true);
    return withCounts(tx, ws, updated);
  }

  throw new AppError(
    409,
    'nothing_to_publish',
    'The published version already is the draft. Change the draft, then publish again.',
  );
}

async function announce(tx: Tx, actor: Actor, surveyId: string, version: number, reopened: boolean) {
  await publishEvent(tx, actor.workspaceId, 'survey.published', { surveyId, version, reopened });
  await writeAudit(tx, actor.workspaceId, actor, {
    action: reopened ? 'survey.reopened' : 'survey.published',
    targetType: 'survey',
    targetId: surveyId,
    details: { version },
  });
}
