// /api/v1/workspaces/:workspaceId/customer-values — recompute the customers' value (RFM, CLV,
// consumer type) now, and the workspace's summary of it. The rules: docs/CUSTOMER-VALUE.md.
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { enqueueValueRecompute } from './enqueue';
import { recomputeSchema, valueSummarySchema } from './schemas';
import { valueSummary } from './value-summary';

const tags = ['customers'];

export default async function customerValueRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/workspaces/:workspaceId/customer-values/recompute',
    {
      schema: {
        tags,
        summary:
          'Recompute every customer’s RFM scores, segment, CLV and consumer type in the background (requests collapse into one job)',
        params: workspaceParams,
        response: { 202: recomputeSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.write');
      // Asked for by a person: no debounce delay.
      await inWorkspace(db, actor.workspaceId, (tx) => enqueueValueRecompute(tx, actor.workspaceId, 0));
      return reply.status(202).send({ queued: true as const });
    },
  );

  app.get(
    '/workspaces/:workspaceId/customer-values/summary',
    {
      schema: {
        tags,
        summary: 'Customers per RFM segment and per consumer type, and when they were computed',
        params: workspaceParams,
        response: { 200: valueSummarySchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.read');
      return inWorkspace(db, actor.workspaceId, (tx) => valueSummary(tx, actor));
    },
  );
}
