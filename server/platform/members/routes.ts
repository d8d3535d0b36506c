// /api/v1/workspaces/:workspaceId/members — people in a workspace and their roles.
import { pageOf, pageQuerySchema } from '../../../common/pagination';
import { inWorkspace } from '../../db/database';
import { authorize } from '../auth/authenticate';
import { paginate } from '../http/pagination';
import type { App } from '../http/types';
import { workspaceParams } from '../workspaces/schemas';
import { changeRole } from './change-role';
import { presentMember } from './present';
import { removeMember } from './remove-member';
import { changeRoleBody, memberParams, memberSchema } from './schemas';
import { membersQuery } from './store';

const tags = ['members'];

export default async function membersRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/members',
    {
      schema: {
        tags,
        summary: 'People in the workspace, newest first',
        params: workspaceParams,
        querystring: pageQuerySchema,
        response: { 200: pageOf(memberSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'members.read');
      const page = await inWorkspace(db, actor.workspaceId, (tx) =>
        paginate(membersQuery(tx, actor.workspaceId), 'u.id', req.query),
      );
      return { items: page.items.map(presentMember), nextCursor: page.nextCursor };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/members/:userId',
    {
      schema: {
        tags,
        summary: "Change someone's role",
        params: memberParams,
        body: changeRoleBody,
        response: { 200: memberSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'members.write');
      const m = await inWorkspace(db, actor.workspaceId, (tx) =>
        changeRole(tx, actor, req.params.userId, req.body.role),
      );
      return presentMember(m);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/members/:userId',
    { schema: { tags, summary: 'Remove someone from the workspace', params: memberParams } },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'members.write');
      await inWorkspace(db, actor.workspaceId, (tx) => removeMember(tx, actor, req.params.userId));
      return reply.status(204).send();
    },
  );
}
