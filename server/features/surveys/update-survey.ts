// Rename a survey, replace its draft or change its settings, in any status: a published survey
// keeps answering with its published version until the next publish makes the draft a new one.
import { isDeepStrictEqual } from 'node:util';
import type { SurveyDefinition } from '../../../common/survey/definition';
import { givenChanges } from '../../db/changes';
import type { Tx } from '../../db/database';
import type { SurveySettingsRow } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { withCounts } from './get-survey';
import type { SurveyWithCounts } from './present';
import { lockSurvey, updateSurveyRow } from './store';

export interface SurveySettings {
  oncePer: 'token' | 'device' | null;
}

export interface UpdateSurveyOptions {
  name?: string;
  /** Already parsed by the body schema. */
  draft?: SurveyDefinition;
  settings?: SurveySettings;
}

export const settingsRow = (s: SurveySettings): SurveySettingsRow =>
  s.oncePer ? { oncePer: s.oncePer } : {};

export async function updateSurvey(
  tx: Tx,
  actor: Actor,
  id: string,
  changes: UpdateSurveyOptions,
): Promise<SurveyWithCounts> {
  const current = await lockSurvey(tx, actor.workspaceId, id);
  if (!current) throw notFound('survey');
  // Saving the same draft again (an editor's autosave) is not a change to publish.
  const draftChanged =
    changes.draft !== undefined &&
    !isDeepStrictEqual(JSON.parse(JSON.stringify(changes.draft)), current.draft);
  const set = givenChanges({
    name: changes.name,
    draft: draftChanged ? JSON.stringify(changes.draft) : undefined,
    draft_changed: draftChanged ? true : undefined,
    settings: changes.settings && JSON.stringify(settingsRow(changes.settings)),
  });
  if (!set) return withCounts(tx, actor.workspaceId, current);
  const updated = await updateSurveyRow(tx, actor.workspaceId, id, { ...set, updated_at: new Date() });
  return withCounts(tx, actor.workspaceId, updated);
}
