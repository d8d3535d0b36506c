// The customer timeline: orders, events, linked responses and merges, newest first, across pages
// with no entry repeated or skipped (ties at the same instant included), filtered by kind, and
// nobody else's.
import { beforeAll, describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { inWorkspace } from '../../../db/database';
import { newId, randomToken } from '../../../platform/ids';
import { signedIn } from '../../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey } from '../../responses/test-survey';
import { activityWorld, daysAgo, type ActivityWorld } from './test-kit';

const ctx = useTestApp();

interface Item {
  id: string;
  kind: string;
  at: string;
  [k: string]: unknown;
}

const phone = { kind: 'phone', value: '+86 137 0000 1111' };
const world = {} as ActivityWorld & { customerId: string; expected: string[]; ids: Record<string, string> };

/** Newest first, and at the same instant the greater id first. */
const byTimeline = (a: { at: string; id: string }, b: { at: string; id: string }) =>
  a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1;

async function answer(key: string, answers: Record<string, unknown>, complete: boolean): Promise<string> {
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/s/${key}/responses`,
    payload: { idempotencyKey: randomToken(16), answers, language: 'en', complete },
  });
  expect(res.statusCode).toBe(201);
  return res.json().responseId as string;
}

beforeAll(async () => {
  Object.assign(world, await activityWorld(ctx));
  const base = Date.now();
  const sameTime = daysAgo(5, base);
  const post = async (path: string, body: object) => {
    const res = await world.key.post(`/api/v1/workspaces/${world.ws}/${path}`, body);
    expect(res.status).toBe(201);
    return res.body as { id: string; customerId: string };
  };
  const order = (externalId: string, at: string) =>
    post('orders', { externalId, customer: { identities: [phone] }, amount: 10, orderedAt: at });
  const event = (kind: string, at: string) =>
    post('events', { kind, customer: { identities: [phone] }, occurredAt: at });
  const o1 = await order('O-1', daysAgo(10, base));
  world.customerId = o1.customerId;
  const timed: { id: string; at: string }[] = [{ id: o1.id, at: daysAgo(10, base) }];
  for (const [id, at] of [
    [(await order('O-2', sameTime)).id, sameTime],
    [(await order('O-3', sameTime)).id, sameTime],
    [(await event('store_visit', sameTime)).id, sameTime],
    [(await event('page_view', daysAgo(7, base))).id, daysAgo(7, base)],
    [(await event('message', daysAgo(1, base))).id, daysAgo(1, base)],
  ] as const) {
    timed.push({ id, at });
  }
  // Someone else's order and event, which must not show.
  await world.key.post(`/api/v1/workspaces/${world.ws}/orders`, {
    externalId: 'X-1',
    customer: { identities: [{ kind: 'email', value: 'other@example.com' }] },
    amount: 1,
    orderedAt: daysAgo(2, base),
  });

  const survey = await publishTestSurvey(ctx, world.ws, storeVisitSurvey);
  const complete = await answer(survey.key, { nps: 10 }, true);
  const partial = await answer(survey.key, {}, false);
  const mergeId = newId();
  await inWorkspace(ctx.db, world.ws, async (tx) => {
    await tx
      .updateTable('responses')
      .set({ customer_id: world.customerId })
      .where('workspace_id', '=', world.ws)
      .where('id', 'in', [complete, partial])
      .execute();
    await tx
      .insertInto('customer_merges')
      .values({
        workspace_id: world.ws,
        id: mergeId,
        source_id: newId(),
        target_id: world.customerId,
        source_name: '李雷',
        moved: JSON.stringify({ identities: 1, orders: 2 }),
        merged_at: daysAgo(3, base),
      })
      .execute();
  });
  timed.push({ id: mergeId, at: daysAgo(3, base) });
  // The responses happened just now, the partial one last.
  world.expected = [partial, complete, ...timed.sort(byTimeline).map((t) => t.id)];
  world.ids = { complete, partial, merge: mergeId, surveyId: survey.surveyId };
});

const url = (query = '') => `/api/v1/workspaces/${world.ws}/customers/${world.customerId}/timeline${query}`;

async function allPages(limit: number, kinds?: string): Promise<{ items: Item[]; pages: number }> {
  const items: Item[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q: string = `?limit=${limit}${kinds ? `&kinds=${kinds}` : ''}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await world.api.get(url(q));
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  return { items, pages };
}

describe('GET /workspaces/:ws/customers/:customerId/timeline', () => {
  it('shows everything newest first, one page or many, without repeats or gaps', async () => {
    const one = await world.api.get(url());
    expect(one.body.nextCursor).toBeNull();
    expect(one.body.items.map((i: Item) => i.id)).toEqual(world.expected);
    for (const limit of [1, 2, 3, 4]) {
      const paged = await allPages(limit);
      expect(paged.items.map((i) => i.id)).toEqual(world.expected);
      expect(paged.pages).toBe(Math.ceil(world.expected.length / limit));
    }
    const ats = one.body.items.map((i: Item) => i.at);
    expect([...ats].sort().reverse()).toEqual(ats);
  });

  it('filters by kind', async () => {
    const kinds = async (k: string) => (await allPages(2, k)).items.map((i) => i.kind);
    expect(await kinds('order')).toEqual(['order', 'order', 'order']);
    expect(await kinds('event')).toEqual(['event', 'event', 'event']);
    const mixed = (await allPages(2, 'merge,order')).items;
    expect(mixed.map((i) => i.id)).toEqual(world.expected.filter((id) => mixed.some((i) => i.id === id)));
    expect(mixed.map((i) => i.kind)).toEqual(['merge', 'order', 'order', 'order']);
  });

  it('shows each kind with its details', async () => {
    const items = (await world.api.get(url())).body.items as Item[];
    const byId = (id: string) => items.find((i) => i.id === id)!;
    expect(byId(world.ids.complete!)).toMatchObject({
      kind: 'response',
      response: {
        surveyId: world.ids.surveyId,
        surveyName: 'Test survey',
        status: 'complete',
        channel: 'link',
        locationId: null,
        score: 10,
        scoreType: 'nps',
      },
    });
    expect(byId(world.ids.partial!).response).toMatchObject({
      status: 'partial',
      score: null,
      scoreType: null,
    });
    expect(byId(world.ids.merge!)).toMatchObject({
      kind: 'merge',
      merge: { sourceName: '李雷', moved: { identities: 1, orders: 2 } },
    });
    expect(
      items.find((i) => i.kind === 'event' && (i.event as { kind: string }).kind === 'message'),
    ).toBeTruthy();
    expect(items.find((i) => i.kind === 'order')!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('refuses bad cursors and kinds, and unknown customers', async () => {
    const badCursor = await world.api.get(url('?cursor=bm90IGEgY3Vyc29y'));
    expect(badCursor.body.error).toMatchObject({ code: 'validation_failed', field: 'cursor' });
    expect((await world.api.get(url('?kinds=order,call'))).body.error).toMatchObject({ field: 'kinds' });
    expect((await world.api.get(`/api/v1/workspaces/${world.ws}/customers/${newId()}/timeline`)).status).toBe(
      404,
    );
    expect((await world.api.get(`/api/v1/workspaces/${world.ws}/customers/nope/timeline`)).status).toBe(404);
  });

  it("is no one else's business", async () => {
    const stranger = await makeUser(ctx);
    const theirs = await makeWorkspace(ctx, stranger);
    const api = await signedIn(ctx.app, stranger);
    expect((await api.get(url())).status).toBe(404);
    const underTheirs = await api.get(
      `/api/v1/workspaces/${theirs.id}/customers/${world.customerId}/timeline`,
    );
    expect(underTheirs.status).toBe(404);
  });
});
