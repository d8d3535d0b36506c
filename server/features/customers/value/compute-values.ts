// Recompute the value (RFM, CLV, consumer type) of every customer of a workspace. Quintiles are
// workspace-wide, so there is no single-customer recompute: a change that matters (a merge, an
// import) enqueues a workspace recompute, and the nightly job recomputes every workspace.
import type { Tx } from '../../../db/database';
import { upsertCustomerValues } from './store';

/** One set-based statement: fine for a million customers (no query per customer). */
export async function computeCustomerValues(
  tx: Tx,
  workspaceId: string,
  asOf: Date = new Date(),
): Promise<{ customers: number; computedAt: Date }> {
  const customers = await upsertCustomerValues(tx, workspaceId, asOf);
  return { customers, computedAt: asOf };
}
