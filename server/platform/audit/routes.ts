// /api/v1/workspaces/:workspaceId/audit-log — security-relevant actions, for admins.
import { pageOf, pageQuerySchema } from '../../../common/pagination';
import { inWorkspace } from '../../db/database';
import { authorize } from '../auth/authenticate';
import { paginate } from '../http/pagination';
import type { App } from '../http/types';
import { workspaceParams } from '../workspaces/schemas';
import { presentAuditEntry } from './present';
import { auditEntrySchema, auditQuery } from './schemas';

const tags = ['audit'];

export default async function auditRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/audit-log',
    {
      schema: {
        tags,
        summary: 'The audit log, newest first',
        params: workspaceParams,
        querystring: pageQuerySchema.extend(auditQuery.shape),
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'audit.read');
      const page = await inWorkspace(db, actor.workspaceId, (tx) => {
        let q = tx
          .selectFrom('audit_log as a')
          .leftJoin('users as u', 'u.id', 'a.actor_user_id')
          .leftJoin('api_keys as k', (j) =>
            j.onRef('k.workspace_id', '=', 'a.workspace_id').onRef('k.id', '=', 'a.actor_api_key_id'),
          )
          .selectAll('a')
          .select(['u.name as user_name', 'k.name as key_name'])
          .where('a.workspace_id', '=', actor.workspaceId);
        if (req.query.action) q = q.where('a.action', '=', req.query.action);
        return paginate(q, 'a.id', req.query);
      });
      return { items: page.items.map(presentAuditEntry), nextCursor: page.nextCursor };
    },
  );
}
