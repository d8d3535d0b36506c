// Rename, pause, archive or reconfigure a distribution. New settings are checked against its kind;
// the kind and code never change (printed QR codes keep working).
import { settingsSchemaOf, type DistributionKind } from '../../../common/distribution/distributions';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit/write-audit';
import { AppError, notFound } from '../../platform/errors';
import { findLocation } from '../../platform/locations/store';
import { findDistribution, updateDistributionRow } from './store';
import type { z } from 'zod';
import type { updateDistributionBody } from '../../../common/distribution/distributions';

export async function updateDistribution(
  tx: Tx,
  actor: Actor,
  id: string,
  body: z.infer<typeof updateDistributionBody>,
) {
  const ws = actor.workspaceId;
  const current = await findDistribution(tx, ws, id);
  if (!current) throw notFound('distribution');
  if (body.locationId && !(await findLocation(tx, ws, body.locationId))) throw notFound('location');
  const settings = body.settings === undefined ? undefined : checkSettings(current.kind, body.settings);
  const row = await updateDistributionRow(tx, ws, id, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.status !== undefined ? { status: body.status } : {}),
    ...(body.locationId !== undefined ? { location_id: body.locationId } : {}),
    ...(settings !== undefined ? { settings: JSON.stringify(settings) } : {}),
  });
  if (!row) throw notFound('distribution');
  await writeAudit(tx, ws, actor, {
    action: 'distribution.updated',
    targetType: 'distribution',
    targetId: id,
    details: { changed: Object.keys(body) },
  });
  return row;
}

function checkSettings(kind: DistributionKind, settings: unknown) {
  const parsed = settingsSchemaOf(kind).safeParse(settings);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new AppError(400, 'validation_failed', issue.message, ['settings', ...issue.path].join('.'));
}
