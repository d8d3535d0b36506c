// A new draft survey with a copy of another's draft and settings: a new public key, and none of
// the original's versions, waves or responses.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { newSurveyKey } from './create-survey';
import type { SurveyWithCounts } from './present';
import { findSurvey, insertSurvey, NO_RESPONSES } from './store';

const NAME_MAX = 200;
const COPY = ' (copy)';

export async function duplicateSurvey(
  tx: Tx,
  actor: Actor,
  id: string,
  opts: { name?: string },
): Promise<SurveyWithCounts> {
  const source = await findSurvey(tx, actor.workspaceId, id);
  if (!source) throw notFound('survey');
  const survey = await insertSurvey(tx, {
    workspace_id: actor.workspaceId,
    id: newId(),
    key: newSurveyKey(),
    name: opts.name ?? `${source.name.slice(0, NAME_MAX - COPY.length)}${COPY}`,
    draft: JSON.stringify(source.draft),
    settings: JSON.stringify(source.settings),
    created_by: actor.userId,
  });
  return { survey, counts: NO_RESPONSES };
}
