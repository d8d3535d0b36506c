// /api/v1/workspaces/:workspaceId/analytics/comments — the open-text explorer. Free text may name
// people, so it needs responses.read, not analytics.read.
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { listComments } from './list-comments';
import { commentsPage, commentsQuery } from './schemas';

const tags = ['analytics'];

export default async function commentRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/analytics/comments',
    {
      schema: {
        tags,
        summary: 'Free-text answers, newest first, with filters and word search (Chinese segmented)',
        params: workspaceParams,
        querystring: commentsQuery,
        response: { 200: commentsPage },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'responses.read');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        listComments(tx, { workspaceId: actor.workspaceId, query: req.query }),
      );
    },
  );
}
