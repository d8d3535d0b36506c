// Accepting an invitation: an existing account proves itself with its password (through signIn,
// so the lockout applies); a new one is created with the chosen name and password. Either way the
// membership and the used-up invitation are written in one transaction, then a session starts.
import { asSystem, type Db } from '../../db/database';
import { writeAudit } from '../audit/write-audit';
import { signIn } from '../auth/sign-in';
import { createSession } from '../auth/session-store';
import { publishEvent } from '../events/publish-event';
import { AppError, badRequest } from '../errors';
import { sha256 } from '../ids';
import { createUser } from '../users/create-user';
import { invitationStatus } from './present';
import { NEW_PASSWORD } from './schemas';
import { findInvitationByTokenHash } from './store';

const invalid = () =>
  new AppError(404, 'invitation_invalid', 'This invitation link is not valid any more. Ask for a new one.');

export interface AcceptInvitationOptions {
  token: string;
  name?: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
  ttlHours: number;
}

export async function previewInvitation(db: Db, token: string) {
  return asSystem(db, async (tx) => {
    const inv = await findInvitationByTokenHash(tx, sha256(token));
    if (!inv || invitationStatus(inv) !== 'pending') throw invalid();
    const account = await tx
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['email']), '=', inv.email.toLowerCase()))
      .executeTakeFirst();
    return {
      workspaceId: inv.workspace_id,
      workspaceName: inv.workspace_name,
      email: inv.email,
      role: inv.role,
      inviterName: inv.inviter_name,
      accountExists: !!account,
    };
  });
}

export async function acceptInvitation(db: Db, opts: AcceptInvitationOptions) {
  const preview = await previewInvitation(db, opts.token);
  let session: { userId: string; token: string; csrfToken: string; expiresAt: Date } | null = null;
  if (preview.accountExists) {
    session = await signIn(db, {
      email: preview.email,
      password: opts.password,
      ip: opts.ip,
      userAgent: opts.userAgent,
      ttlHours: opts.ttlHours,
    });
  } else {
    if (!opts.name) throw badRequest('Tell us your name.', 'name');
    const pw = NEW_PASSWORD.safeParse(opts.password);
    if (!pw.success) throw badRequest(pw.error.issues[0]!.message, 'password');
  }
  const userId = await asSystem(db, async (tx) => {
    const inv = await findInvitationByTokenHash(tx, sha256(opts.token));
    if (!inv || invitationStatus(inv) !== 'pending') throw invalid();
    const uid =
      session?.userId ??
      (await createUser(tx, { email: inv.email, name: opts.name!, password: opts.password })).id;
    await tx
      .insertInto('memberships')
      .values({ workspace_id: inv.workspace_id, user_id: uid, role: inv.role })
      .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doNothing())
      .execute();
    await tx
      .updateTable('invitations')
      .set({ accepted_at: new Date() })
      .where('workspace_id', '=', inv.workspace_id)
      .where('id', '=', inv.id)
      .execute();
    const actor = { userId: uid, apiKeyId: null, ip: opts.ip };
    await writeAudit(tx, inv.workspace_id, actor, {
      action: 'member.joined',
      targetType: 'user',
      targetId: uid,
      details: { role: inv.role, invitationId: inv.id },
    });
    await publishEvent(tx, inv.workspace_id, 'member.joined', {
      userId: uid,
      email: inv.email,
      role: inv.role,
    });
    return uid;
  });
  session ??= {
    userId,
    ...(await createSession(db, { userId, ttlHours: opts.ttlHours, ip: opts.ip, userAgent: opts.userAgent })),
  };
  return session;
}
