// /api/v1/workspaces/:workspaceId/contact-rules and …/distributions/:distributionId/invitations —
// personal invitations (a segment or a pasted list, now or at a time), their list, calling off
// those not sent yet, and the workspace's rules for contacting people.
import {
  contactRulesSchema,
  createInvitationsBody,
  createInvitationsReply,
  invitationSchema,
} from '../../../../common/distribution/outreach';
import { pageOf } from '../../../../common/pagination';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { distributionParams } from '../schemas';
import { cancelInvitations } from './cancel-invitations';
import { loadContactRules } from './contact-rules';
import { createInvitations } from './create-invitations';
import { listInvitations } from './list-invitations';
import {
  cancelInvitationsBody,
  cancelInvitationsReply,
  invitationListQuery,
  workspaceParams,
} from './schemas';
import { updateContactRules } from './update-contact-rules';

const tags = ['distribution'];

export default async function outreachRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/contact-rules',
    {
      schema: {
        tags,
        summary: 'The rules for contacting people: frequency cap, quiet hours, email send rate',
        params: workspaceParams,
        response: { 200: contactRulesSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.read');
      return inWorkspace(db, actor.workspaceId, (tx) => loadContactRules(tx, actor.workspaceId));
    },
  );

  app.put(
    '/workspaces/:workspaceId/contact-rules',
    {
      schema: {
        tags,
        summary: 'Change the rules for contacting people (every later send follows them)',
        params: workspaceParams,
        body: contactRulesSchema,
        response: { 200: contactRulesSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.settings');
      return inWorkspace(db, actor.workspaceId, (tx) => updateContactRules(tx, actor, req.body));
    },
  );

  app.post(
    '/workspaces/:workspaceId/distributions/:distributionId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a segment or a list of addresses, now or at sendAt',
        params: distributionParams,
        body: createInvitationsBody,
        response: { 201: createInvitationsReply },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.send');
      const made = await inWorkspace(db, actor.workspaceId, (tx) =>
        createInvitations(tx, actor, req.params.distributionId, req.body),
      );
      return reply.status(201).send(made);
    },
  );

  app.get(
    '/workspaces/:workspaceId/distributions/:distributionId/invitations',
    {
      schema: {
        tags,
        summary: "A distribution's invitations, newest first (?status= to filter)",
        params: distributionParams,
        querystring: invitationListQuery,
        response: { 200: pageOf(invitationSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.recipients');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        listInvitations(tx, actor.workspaceId, req.params.distributionId, req.query),
      );
    },
  );

  app.post(
    '/workspaces/:workspaceId/distributions/:distributionId/invitations/cancel',
    {
      schema: {
        tags,
        summary: 'Call off the invitations not sent yet (confirm with the distribution id)',
        params: distributionParams,
        body: cancelInvitationsBody,
        response: { 200: cancelInvitationsReply },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.send');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        cancelInvitations(tx, actor, req.params.distributionId, req.body.confirm),
      );
    },
  );
}
