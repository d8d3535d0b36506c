// Inviting a colleague: a link with a random token (7 days), emailed when SMTP is configured.
import type { Language, Role } from '../../../common/roles';
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { conflict, forbidden } from '../errors';
import { newId, randomToken, sha256 } from '../ids';
import { canGrant } from '../policies';
import { invitationEmail } from './invitation-email';
import { invitationsQuery } from './store';

export const INVITATION_DAYS = 7;

export interface CreateInvitationOptions {
  email: string;
  role: Role;
  /** env.publicUrl: the link's origin. */
  publicUrl: string;
}

export async function createInvitation(tx: Tx, actor: Actor, opts: CreateInvitationOptions) {
  if (!canGrant(actor.role, opts.role)) throw forbidden('Only an owner can invite an owner.');
  const email = opts.email.trim();
  const already = await tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.workspace_id', '=', actor.workspaceId)
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  if (already) throw conflict('That person is already in this workspace.', 'email');

  const token = randomToken();
  const id = newId();
  await tx
    .insertInto('invitations')
    .values({
      workspace_id: actor.workspaceId,
      id,
      email,
      role: opts.role,
      token_hash: sha256(token),
      invited_by: actor.userId,
      expires_at: new Date(Date.now() + INVITATION_DAYS * 86400_000),
    })
    .execute();
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'invitation.created',
    targetType: 'invitation',
    targetId: id,
    details: { email, role: opts.role },
  });
  const invitation = await invitationsQuery(tx, actor.workspaceId)
    .where('i.id', '=', id)
    .executeTakeFirstOrThrow();
  const workspace = await tx
    .selectFrom('workspaces')
    .select(['name', 'default_language'])
    .where('id', '=', actor.workspaceId)
    .executeTakeFirstOrThrow();
  const link = `${opts.publicUrl}/invite/${token}`;
  // The email to send once this transaction has committed (when SMTP is configured).
  const mail = invitationEmail({
    to: email,
    language: workspace.default_language as Language,
    workspace: workspace.name,
    inviter: invitation.inviter_name ?? workspace.name,
    link,
  });
  return { invitation, link, mail };
}
