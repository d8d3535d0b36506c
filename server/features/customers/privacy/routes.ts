// Privacy requests for one customer (M10 → M4): export their data as a zip, or erase them.
// Both are for admins and both are audited.
import { z } from 'zod';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { customerParams } from '../schemas';
import { eraseCustomer } from './erase-customer';
import { exportCustomer } from './export-customer';

const tags = ['customers'];

export default async function privacyRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/customers/:customerId/export',
    {
      schema: {
        tags,
        summary: 'Everything kept about one customer, as a zip of JSON and CSV files',
        params: customerParams,
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.privacy');
      const zip = await inWorkspace(db, actor.workspaceId, (tx) =>
        exportCustomer(tx, actor, req.params.customerId),
      );
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="customer-${req.params.customerId}.zip"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(zip));
    },
  );

  app.post(
    '/workspaces/:workspaceId/customers/:customerId/erase',
    {
      schema: {
        tags,
        summary: "Erase a customer's personal data everywhere; responses stay, anonymised, for statistics",
        params: customerParams,
        body: z.object({ confirm: z.string().describe("The customer's id, to confirm") }),
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.privacy');
      await inWorkspace(db, actor.workspaceId, (tx) =>
        eraseCustomer(tx, actor, req.params.customerId, req.body.confirm),
      );
      return reply.status(204).send();
    },
  );
}
