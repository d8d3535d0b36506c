// Merging two records of one person (M4): a preview, the merge itself, and the suggested
// duplicates to review. Merges are explicit and audited; nothing is merged automatically.
import { pageOf, pageQuerySchema } from '../../../../common/pagination';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { getCustomer } from '../get-customer';
import { presentCustomer, presentSummary } from '../present';
import { customerParams, customerSchema } from '../schemas';
import { findDuplicates } from './find-duplicates';
import { mergeCustomers } from './merge-customers';
import { previewMerge } from './preview-merge';
import { duplicateSchema, mergeBody, mergePreviewQuery, mergePreviewSchema } from './schemas';

const tags = ['customers'];

export default async function mergeRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/customers/:customerId/merge-preview',
    {
      schema: {
        tags,
        summary: 'What merging this customer into another (?into=) would do',
        params: customerParams,
        querystring: mergePreviewQuery,
        response: { 200: mergePreviewSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.write');
      const p = await inWorkspace(db, actor.workspaceId, (tx) =>
        previewMerge(tx, actor, req.params.customerId, req.query.into),
      );
      return {
        source: presentCustomer(p.source),
        target: presentCustomer(p.target),
        result: presentCustomer(p.result),
        moves: p.moves,
        differentExternalIds: p.differentExternalIds,
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/customers/:customerId/merge',
    {
      schema: {
        tags,
        summary:
          'Merge this customer into another: its identities, orders, events and responses move, then it is deleted',
        params: customerParams,
        body: mergeBody,
        response: { 200: customerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.write');
      const profile = await inWorkspace(db, actor.workspaceId, async (tx) => {
        await mergeCustomers(tx, actor, req.params.customerId, req.body);
        return getCustomer(tx, actor, req.body.into);
      });
      return presentCustomer(profile);
    },
  );

  app.get(
    '/workspaces/:workspaceId/customer-duplicates',
    {
      schema: {
        tags,
        summary:
          'Likely duplicates to review: the same email written differently, a phone used as a member id, the same name and phone',
        params: workspaceParams,
        querystring: pageQuerySchema,
        response: { 200: pageOf(duplicateSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.read');
      const page = await inWorkspace(db, actor.workspaceId, (tx) => findDuplicates(tx, actor, req.query));
      return {
        items: page.items.map((d) => ({ a: presentSummary(d.a), b: presentSummary(d.b), reason: d.reason })),
        nextCursor: page.nextCursor,
      };
    },
  );
}
