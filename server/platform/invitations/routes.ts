// /api/v1/workspaces/:workspaceId/invitations (admins) and /api/v1/invitations/:token (the invitee).
import { pageOf, pageQuerySchema } from '../../../common/pagination';
import { inWorkspace } from '../../db/database';
import { getMe } from '../auth/me';
import { setSessionCookie } from '../auth/session-cookie';
import { meSchema } from '../auth/schemas';
import { authorize } from '../auth/authenticate';
import { paginate } from '../http/pagination';
import type { App } from '../http/types';
import { workspaceParams } from '../workspaces/schemas';
import { acceptInvitation, previewInvitation } from './accept-invitation';
import { createInvitation } from './create-invitation';
import { presentInvitation } from './present';
import { revokeInvitation } from './revoke-invitation';
import {
  acceptInvitationBody,
  createInvitationBody,
  createdInvitationSchema,
  invitationParams,
  invitationPreviewSchema,
  invitationSchema,
  tokenParams,
} from './schemas';
import { invitationsQuery } from './store';

const tags = ['invitations'];
const publicLimit = { rateLimit: { max: 20, timeWindow: '1 minute' } };

export default async function invitationsRoutes(app: App): Promise<void> {
  const { db, env, mailer } = app.deps;

  app.get(
    '/workspaces/:workspaceId/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations, newest first',
        params: workspaceParams,
        querystring: pageQuerySchema,
        response: { 200: pageOf(invitationSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'invitations.read');
      const page = await inWorkspace(db, actor.workspaceId, (tx) =>
        paginate(invitationsQuery(tx, actor.workspaceId), 'i.id', req.query),
      );
      return { items: page.items.map(presentInvitation), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/workspaces/:workspaceId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a colleague by link (emailed when SMTP is configured)',
        params: workspaceParams,
        body: createInvitationBody,
        response: { 201: createdInvitationSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'invitations.write');
      const { invitation, link, mail } = await inWorkspace(db, actor.workspaceId, (tx) =>
        createInvitation(tx, actor, { ...req.body, publicUrl: env.publicUrl }),
      );
      // Mail goes out after the commit; a mail failure leaves a valid invitation whose link is shown.
      const emailed =
        mailer.enabled &&
        (await mailer.send(mail).then(
          () => true,
          (err: unknown) => (req.log.warn({ err }, 'invitation email failed'), false),
        ));
      return reply.status(201).send({ invitation: presentInvitation(invitation), link, emailed });
    },
  );

  app.delete(
    '/workspaces/:workspaceId/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Revoke an invitation',
        params: invitationParams,
        response: { 200: invitationSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'invitations.write');
      return presentInvitation(
        await inWorkspace(db, actor.workspaceId, (tx) =>
          revokeInvitation(tx, actor, req.params.invitationId),
        ),
      );
    },
  );

  app.get(
    '/invitations/:token',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'What an invitation is for (no sign-in needed)',
        params: tokenParams,
        response: { 200: invitationPreviewSchema },
      },
    },
    (req) => previewInvitation(db, req.params.token),
  );

  app.post(
    '/invitations/:token/accept',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'Join the workspace; signs in',
        params: tokenParams,
        body: acceptInvitationBody,
        response: { 200: meSchema },
      },
    },
    async (req, reply) => {
      const session = await acceptInvitation(db, {
        token: req.params.token,
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        ttlHours: env.SESSION_TTL_HOURS,
      });
      setSessionCookie(reply, session, env.publicUrl);
      return getMe(db, session);
    },
  );
}
