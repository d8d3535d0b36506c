// /api/v1/workspaces: the workspaces you belong to, creating one, renaming one.
import { z } from 'zod';
import { inWorkspace } from '../../db/database';
import { getMe } from '../auth/me';
import { authorize, requireUser } from '../auth/authenticate';
import { notFound } from '../errors';
import type { App } from '../http/types';
import { createWorkspace } from './create-workspace';
import { presentWorkspace } from './present';
import { createWorkspaceBody, updateWorkspaceBody, workspaceParams, workspaceSchema } from './schemas';
import { updateWorkspace } from './update-workspace';

const tags = ['workspaces'];

export default async function workspaceRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces',
    {
      schema: {
        tags,
        summary: 'Your workspaces (for an API key: its one workspace)',
        response: { 200: z.object({ items: z.array(workspaceSchema) }) },
      },
    },
    async (req) => {
      if (req.principal?.kind === 'session') return { items: (await getMe(db, req.principal)).workspaces };
      const actor = await authorize(
        req,
        req.principal?.kind === 'apikey' ? req.principal.workspaceId : '',
        'workspace.read',
      );
      const w = await inWorkspace(db, actor.workspaceId, (tx) =>
        tx.selectFrom('workspaces').selectAll().where('id', '=', actor.workspaceId).executeTakeFirstOrThrow(),
      );
      return { items: [presentWorkspace(w, actor.role)] };
    },
  );

  app.post(
    '/workspaces',
    {
      schema: {
        tags,
        summary: 'Create a workspace; you become its owner',
        body: createWorkspaceBody,
        response: { 201: workspaceSchema },
      },
    },
    async (req, reply) => {
      const me = requireUser(req);
      const w = await createWorkspace(db, { ...req.body, ownerUserId: me.userId, ip: req.ip });
      return reply.status(201).send(presentWorkspace(w, 'owner'));
    },
  );

  app.get(
    '/workspaces/:workspaceId',
    {
      schema: { tags, summary: 'One workspace', params: workspaceParams, response: { 200: workspaceSchema } },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'workspace.read');
      const w = await inWorkspace(db, actor.workspaceId, (tx) =>
        tx.selectFrom('workspaces').selectAll().where('id', '=', actor.workspaceId).executeTakeFirst(),
      );
      if (!w) throw notFound('workspace');
      return presentWorkspace(w, actor.role);
    },
  );

  app.patch(
    '/workspaces/:workspaceId',
    {
      schema: {
        tags,
        summary: 'Change name, language, time zone or currency',
        params: workspaceParams,
        body: updateWorkspaceBody,
        response: { 200: workspaceSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'workspace.update');
      const w = await inWorkspace(db, actor.workspaceId, (tx) => updateWorkspace(tx, actor, req.body));
      return presentWorkspace(w, actor.role);
    },
  );
}
