// /api/v1/workspaces/:workspaceId/analytics/compare — wave vs wave, period vs the previous period,
// a segment vs the rest, with significance at 95%. Tests: docs/ANALYTICS.md.
import { compareQuerySchema } from '../../../../common/analytics/query';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { compareAnswerSchema } from '../query/schemas';
import { runCompare } from './run-compare';

export default async function compareRoutes(app: App): Promise<void> {
  const { db } = app.deps;
  app.post(
    '/workspaces/:workspaceId/analytics/compare',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'A metric on two sides (waves, periods, segment vs rest), per group, with the difference and its test',
        params: workspaceParams,
        body: compareQuerySchema,
        response: { 200: compareAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.read');
      return inWorkspace(db, actor.workspaceId, (tx) => runCompare(tx, actor.workspaceId, req.body));
    },
  );
}
