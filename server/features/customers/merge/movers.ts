// Everything that points at a customer, and how to count and move it from A to B on a merge.
// A feature that adds a table with a customer_id (cases, points…) adds its mover here; the merge
// test checks every foreign key to `customers` so that a forgotten one fails it.
import type { Tx } from '../../../db/database';
import { countCustomerResponses, moveCustomerResponses } from '../../responses/customer-links';

export interface Mover {
  name: string;
  count(tx: Tx, workspaceId: string, customerId: string): Promise<number>;
  move(tx: Tx, workspaceId: string, from: string, to: string): Promise<number>;
}

type OwnTable = 'customer_identities' | 'orders' | 'customer_events' | 'survey_invitations';

const ownTable = (name: string, table: OwnTable): Mover => ({
  name,
  async count(tx, workspaceId, customerId) {
    const row = await tx
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async move(tx, workspaceId, from, to) {
    const r = await tx
      .updateTable(table)
      .set({ customer_id: to })
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
});

export const MOVERS: Mover[] = [
  ownTable('identities', 'customer_identities'),
  ownTable('orders', 'orders'),
  ownTable('events', 'customer_events'),
  // Invitations follow the person, so the frequency cap counts both records' sends.
  ownTable('invitations', 'survey_invitations'),
  { name: 'responses', count: countCustomerResponses, move: moveCustomerResponses },
  {
    // Earlier merges into A become merges into B: the history follows the person.
    name: 'merges',
    async count(tx, workspaceId, customerId) {
      const row = await tx
        .selectFrom('customer_merges')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .where('target_id', '=', customerId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async move(tx, workspaceId, from, to) {
      const r = await tx
        .updateTable('customer_merges')
        .set({ target_id: to })
        .where('workspace_id', '=', workspaceId)
        .where('target_id', '=', from)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
  },
];

export async function countMoves(
  tx: Tx,
  workspaceId: string,
  customerId: string,
): Promise<Record<string, number>> {
  const counts = await Promise.all(MOVERS.map((m) => m.count(tx, workspaceId, customerId)));
  return Object.fromEntries(MOVERS.map((m, i) => [m.name, counts[i]!]));
}
