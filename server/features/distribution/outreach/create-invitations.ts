// Invite a segment or a pasted list through an email, SMS or WeChat distribution, now or at a
// time. Each invitation gets its own one-time token (only its hash is stored) and waits as
// 'scheduled'; the send job, queued here in the same transaction for the send time, applies the
// contact rules when it goes out. Who the distribution has invited before is left out unless the
// body says reinvite, so a segment sent to again reaches only who joined it since. Audited.
import { isMessageKind, type MessageChannel } from '../../../../common/distribution/distributions';
import type { CreateInvitationsBody } from '../../../../common/distribution/outreach';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { AppError, notFound } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import { loadPublishedSurvey } from '../../surveys/published';
import { findDistribution, type DistributionRow } from '../store';
import { invitationToken, tokenHash } from '../tokens';
import { enqueueSend } from './queue';
import { listRecipients, segmentRecipients, type Candidate } from './resolve-recipients';
import { insertInvitations, invitedAddresses, type NewInvitation } from './store';

/** The distribution invitations go out through: a message kind, active. */
export async function messageDistribution(
  tx: Tx,
  workspaceId: string,
  distributionId: string,
): Promise<DistributionRow & { kind: MessageChannel }> {
  const d = await findDistribution(tx, workspaceId, distributionId);
  if (!d) throw notFound('distribution');
  if (!isMessageKind(d.kind)) {
    throw new AppError(
      409,
      'wrong_distribution_kind',
      'Invitations go out through an email, SMS or WeChat distribution.',
    );
  }
  return d as DistributionRow & { kind: MessageChannel };
}

export async function createInvitations(
  tx: Tx,
  actor: Actor,
  distributionId: string,
  body: CreateInvitationsBody,
  now = new Date(),
): Promise<{ queued: number; excluded: number; alreadyInvited: number }> {
  const ws = actor.workspaceId;
  const d = await messageDistribution(tx, ws, distributionId);
  if (d.status !== 'active') {
    throw new AppError(
      409,
      'distribution_paused',
      'The distribution is paused or archived: resume it first.',
    );
  }
  const survey = await loadPublishedSurvey(tx, ws, d.survey_id);
  if (!survey?.definition || survey.status === 'closed') {
    throw new AppError(
      409,
      'survey_not_published',
      'Publish the survey (and keep it open) before inviting anyone.',
    );
  }
  const languages = survey.definition;
  const resolved = body.segmentId
    ? await segmentRecipients(tx, ws, d.kind, body.segmentId, languages, now)
    : await listRecipients(tx, ws, d.kind, body.recipients ?? [], await phoneCountryOf(tx, ws), languages);

  const invited = body.reinvite
    ? new Set<string>()
    : await invitedAddresses(
        tx,
        ws,
        d,
        resolved.candidates.map((c) => c.address),
      );
  const candidates = resolved.candidates.filter((c) => !invited.has(c.address));
  const alreadyInvited = resolved.candidates.length - candidates.length;
  const excluded = resolved.excluded + alreadyInvited;

  const sendAfter = body.sendAt ? new Date(body.sendAt) : now;
  const source = body.segmentId ? 'segment' : 'list';
  const queued = await insertInvitations(
    tx,
    candidates.map((c) => invitationRow(ws, d, c, { source, sourceRef: null, sendAfter })),
  );
  if (queued) await enqueueSend(tx, ws, sendAfter);
  await writeAudit(tx, ws, actor, {
    action: 'invitations.created',
    targetType: 'distribution',
    targetId: d.id,
    details: {
      queued,
      excluded,
      alreadyInvited,
      segmentId: body.segmentId ?? null,
      sendAfter: sendAfter.toISOString(),
    },
  });
  return { queued, excluded, alreadyInvited };
}

/** One invitation row: its id, and the hash of the token derived from it. */
export function invitationRow(
  workspaceId: string,
  d: Pick<DistributionRow, 'id' | 'survey_id' | 'token_secret'> & { kind: MessageChannel },
  c: Candidate,
  how: { source: string; sourceRef: string | null; sendAfter: Date },
): NewInvitation {
  const id = newId();
  return {
    workspace_id: workspaceId,
    id,
    distribution_id: d.id,
    survey_id: d.survey_id,
    customer_id: c.customerId,
    channel: d.kind,
    address: c.address,
    name: c.name,
    language: c.language,
    token_hash: tokenHash(invitationToken(d.token_secret, id)),
    source: how.source,
    source_ref: how.sourceRef,
    send_after: how.sendAfter,
  };
}

async function phoneCountryOf(tx: Tx, workspaceId: string): Promise<string | null> {
  const w = await tx
    .selectFrom('workspaces')
    .select('phone_country')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return w?.phone_country ?? null;
}
