// Test helpers for orders, events and the timeline: a workspace with an owner's session, an API
// key and a store, and direct reads of what was written.
import { inWorkspace } from '../../../db/database';
import { client, signedIn, type Client } from '../../../test/client';
import { makeUser, makeWorkspace, type TestContext } from '../../../test/test-app';

export interface ActivityWorld {
  ws: string;
  api: Client;
  key: Client;
  storeId: string;
}

/** A workspace (currency USD, no phone country) with a store coded `store-1`. */
export async function activityWorld(ctx: TestContext): Promise<ActivityWorld> {
  const owner = await makeUser(ctx);
  const ws = (await makeWorkspace(ctx, owner)).id;
  const api = await signedIn(ctx.app, owner);
  const secret = (await api.post(`/api/v1/workspaces/${ws}/api-keys`, { name: 'shop', role: 'analyst' })).body
    .secret as string;
  const locations = (await api.get(`/api/v1/workspaces/${ws}/locations`)).body.items as {
    id: string;
    kind: string;
  }[];
  const brand = locations.find((l) => l.kind === 'brand')!;
  const store = await api.post(`/api/v1/workspaces/${ws}/locations`, {
    parentId: brand.id,
    kind: 'store',
    name: 'Store 1',
    code: 'store-1',
  });
  return { ws, api, key: client(ctx.app, { bearer: secret }), storeId: store.body.id };
}

export const counts = (ctx: TestContext, ws: string) =>
  inWorkspace(ctx.db, ws, async (tx) => {
    const count = async (table: 'orders' | 'customer_events' | 'customers' | 'customer_identities') =>
      (
        await tx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('workspace_id', '=', ws)
          .executeTakeFirstOrThrow()
      ).n;
    const published = await tx
      .selectFrom('events')
      .select(['type', 'payload'])
      .where('workspace_id', '=', ws)
      .where('type', '=', 'order.created')
      .execute();
    return {
      orders: await count('orders'),
      events: await count('customer_events'),
      customers: await count('customers'),
      identities: await count('customer_identities'),
      orderCreated: published.map((e) => e.payload as Record<string, unknown>),
    };
  });

export const daysAgo = (days: number, base = Date.now()) => new Date(base - days * 86_400_000).toISOString();
