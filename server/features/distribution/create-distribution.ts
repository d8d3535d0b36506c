// Make a distribution of a survey: its kind's settings (checked by the schema), a public code, and
// the secret its invitation tokens derive from. Audited.
import type { CreateDistributionBody } from '../../../common/distribution/distributions';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit/write-audit';
import { notFound } from '../../platform/errors';
import { newId, randomToken, shortCode } from '../../platform/ids';
import { findLocation } from '../../platform/locations/store';
import { findSurvey } from '../surveys/store';
import { insertDistribution } from './store';

export async function createDistribution(
  tx: Tx,
  actor: Actor,
  surveyId: string,
  body: CreateDistributionBody,
) {
  const ws = actor.workspaceId;
  if (!(await findSurvey(tx, ws, surveyId))) throw notFound('survey');
  if (body.locationId && !(await findLocation(tx, ws, body.locationId))) throw notFound('location');
  const row = await insertDistribution(tx, {
    workspace_id: ws,
    id: newId(),
    survey_id: surveyId,
    kind: body.kind,
    name: body.name,
    code: shortCode(8),
    location_id: body.locationId ?? null,
    settings: JSON.stringify(body.settings),
    token_secret: randomToken(32),
    created_by: actor.userId,
  });
  await writeAudit(tx, ws, actor, {
    action: 'distribution.created',
    targetType: 'distribution',
    targetId: row.id,
    details: { kind: row.kind, name: row.name, surveyId },
  });
  return row;
}
