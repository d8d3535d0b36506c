// Keep a survey's draft as one of this workspace's templates, to start other surveys from.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { parseDefinition } from './definitions';
import { findSurvey, insertTemplate, type TemplateRow } from './store';

export async function saveAsTemplate(
  tx: Tx,
  actor: Actor,
  surveyId: string,
  opts: { name: string; description: string },
): Promise<TemplateRow> {
  const survey = await findSurvey(tx, actor.workspaceId, surveyId);
  if (!survey) throw notFound('survey');
  return insertTemplate(tx, {
    workspace_id: actor.workspaceId,
    id: newId(),
    name: opts.name,
    description: opts.description,
    definition: JSON.stringify(parseDefinition(survey.draft, 'draft')),
    created_by: actor.userId,
  });
}
