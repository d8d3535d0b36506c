// Which distribution and invitation a new response came through. A personal token (?t=) names its
// invitation, and with it the distribution, channel and customer; a public code (?d=) names a link,
// QR code, embed, widget or kiosk. Only a new attempt is attributed: later saves keep what it began with.
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import { AppError } from '../../platform/errors';
import { channelOfKind } from './links';
import { findDistributionByCode } from './store';
import { findInvitationByToken } from './tokens';

export interface Attribution {
  distributionId: string | null;
  invitationId: string | null;
  /** The distribution's channel, which outranks what the page says. */
  channel: string | null;
  locationId: string | null;
  customerId: string | null;
}

const NONE: Attribution = {
  distributionId: null,
  invitationId: null,
  channel: null,
  locationId: null,
  customerId: null,
};

export async function attributeResponse(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  from: { distributionCode?: string | null; token?: string | null },
): Promise<Attribution> {
  if (from.token) {
    const invitation = await findInvitationByToken(tx, workspaceId, from.token);
    if (invitation && invitation.survey_id === surveyId) {
      return {
        distributionId: invitation.distribution_id,
        invitationId: invitation.id,
        channel: invitation.channel,
        locationId: null,
        customerId: invitation.customer_id,
      };
    }
  }
  if (!from.distributionCode) return NONE;
  const d = await findDistributionByCode(tx, workspaceId, from.distributionCode);
  if (!d || d.survey_id !== surveyId) return NONE;
  if (d.status !== 'active') {
    throw new AppError(410, 'distribution_paused', 'This link is not collecting answers at the moment.');
  }
  return {
    distributionId: d.id,
    invitationId: null,
    channel: channelOfKind(d.kind),
    locationId: d.location_id,
    customerId: null,
  };
}

/** The invitation's tracking follows its response: started with the first save, completed with the submit. */
export async function trackInvitationResponse(
  tx: Tx,
  workspaceId: string,
  invitationId: string,
  responseId: string,
  complete: boolean,
): Promise<void> {
  await tx
    .updateTable('survey_invitations')
    .set({
      response_id: responseId,
      opened_at: sql<Date>`coalesce(opened_at, now())`,
      started_at: sql<Date>`coalesce(started_at, now())`,
      ...(complete ? { completed_at: sql<Date>`coalesce(completed_at, now())` } : {}),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', invitationId)
    // A completed invitation keeps its response: a later attempt through the link changes nothing.
    .where('completed_at', 'is', null)
    .execute();
}
