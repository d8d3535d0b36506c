// Every kind of segment condition, compiled and run against real rows: four customers with
// attributes, tags, identities, values, orders, visits, responses (NPS) and locations, plus a
// fifth in another workspace that must never match.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SegmentCondition, SegmentDefinition } from '../../../../common/customers/segments';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { inWorkspace, type Tx } from '../../../db/database';
import { newId } from '../../../platform/ids';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey } from '../../responses/test-survey';
import { definitionMembers } from './segment-members';

const ctx = useTestApp();
const now = new Date('2026-06-30T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * 86_400_000);

const world = {} as { ws: string; other: string; loc: Record<string, string> };

interface Person {
  name: string;
  attributes?: Record<string, string | number | boolean>;
  tags?: string[];
  language?: string | null;
  consent?: Record<string, { status: 'granted' | 'withdrawn'; at: string; source: string }>;
  identities?: ['email' | 'phone', string][];
  value?: { rfm_segment: string | null; consumer_type: 'loyal' | 'occasional' | 'information_seeking' };
  orders?: { daysAgo: number; amount: number; currency?: string; location?: string }[];
  events?: { daysAgo: number; location?: string }[];
  /** NPS answers: score, days ago, finished or not, where. */
  nps?: { score: number; daysAgo: number; complete?: boolean; location?: string }[];
}

async function insertPerson(
  tx: Tx,
  ws: string,
  p: Person,
  survey: { surveyId: string },
  loc: Record<string, string>,
) {
  const id = newId();
  await tx
    .insertInto('customers')
    .values({
      workspace_id: ws,
      id,
      name: p.name,
      attributes: JSON.stringify(p.attributes ?? {}),
      tags: p.tags ?? [],
      language: p.language ?? null,
      consent: JSON.stringify(p.consent ?? {}),
    })
    .execute();
  for (const [kind, value] of p.identities ?? [])
    await tx
      .insertInto('customer_identities')
      .values({ workspace_id: ws, kind, value, customer_id: id })
      .execute();
  if (p.value)
    await tx
      .insertInto('customer_values')
      .values({
        workspace_id: ws,
        customer_id: id,
        frequency: 0,
        monetary: 0,
        clv: 0,
        ...p.value,
        consumer_rule: 'test',
      })
      .execute();
  for (const o of p.orders ?? [])
    await tx
      .insertInto('orders')
      .values({
        workspace_id: ws,
        id: newId(),
        external_id: newId(),
        customer_id: id,
        amount: o.amount,
        currency: o.currency ?? 'USD',
        items: '[]',
        location_id: o.location ? loc[o.location]! : null,
        ordered_at: ago(o.daysAgo),
      })
      .execute();
  for (const e of p.events ?? [])
    await tx
      .insertInto('customer_events')
      .values({
        workspace_id: ws,
        id: newId(),
        customer_id: id,
        kind: 'store_visit',
        occurred_at: ago(e.daysAgo),
        location_id: e.location ? loc[e.location]! : null,
        properties: '{}',
      })
      .execute();
  for (const a of p.nps ?? []) {
    const responseId = newId();
    const complete = a.complete ?? true;
    await tx
      .insertInto('responses')
      .values({
        workspace_id: ws,
        id: responseId,
        survey_id: survey.surveyId,
        version: 1,
        session_hash: responseId,
        status: complete ? 'complete' : 'partial',
        answers: JSON.stringify({ nps: a.score }),
        hidden: '{}',
        language: 'en',
        channel: 'link',
        location_id: a.location ? loc[a.location]! : null,
        device_class: 'desktop',
        page_seconds: '{}',
        customer_id: id,
      })
      .execute();
    await tx
      .insertInto('response_answers')
      .values({
        workspace_id: ws,
        response_id: responseId,
        question_id: 'nps',
        item: '',
        survey_id: survey.surveyId,
        question_type: 'nps',
        value_num: a.score,
        value_text: null,
        complete,
        answered_at: ago(a.daysAgo),
      })
      .execute();
  }
}

const PEOPLE: Person[] = [
  {
    name: 'ann',
    attributes: { city: 'Shanghai', age: 34, vip: true, joined: '2024-03-01' },
    tags: ['vip', 'newsletter'],
    identities: [['email', 'ann@example.com']],
    language: 'zh-CN',
    consent: { email: { status: 'granted', at: '2026-01-01T00:00:00Z', source: 'form' } },
    value: { rfm_segment: 'champions', consumer_type: 'loyal' },
    orders: [{ daysAgo: 10, amount: 500, location: 's1' }],
    nps: [{ score: 3, daysAgo: 30 }],
  },
  {
    name: 'bob',
    attributes: { city: 'Beijing', age: 20, joined: '2023-05-05' },
    tags: ['newsletter'],
    identities: [['phone', '+8613800138000']],
    language: 'en',
    consent: { email: { status: 'withdrawn', at: '2026-01-01T00:00:00Z', source: 'form' } },
    value: { rfm_segment: 'at_risk', consumer_type: 'occasional' },
    orders: [
      { daysAgo: 100, amount: 50, location: 's2' },
      { daysAgo: 5, amount: 30 },
    ],
    nps: [
      { score: 10, daysAgo: 10 },
      { score: 5, daysAgo: 200 },
    ],
  },
  // cat: no value row, no orders; a visit at s1.
  { name: 'cat', events: [{ daysAgo: 3, location: 's1' }] },
  {
    name: 'dan',
    attributes: { city: 'shanghai pudong', age: 50 },
    tags: ['vip'],
    value: { rfm_segment: 'hibernating', consumer_type: 'information_seeking' },
    orders: [{ daysAgo: 10, amount: 1000, currency: 'EUR' }],
    // A passive answer in an unfinished response, given at s1.
    nps: [{ score: 7, daysAgo: 20, complete: false, location: 's1' }],
  },
];

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.ws = (await makeWorkspace(ctx, owner, 'Segment Brand')).id;
  world.other = (await makeWorkspace(ctx, owner, 'Other Brand')).id;
  const loc: Record<string, string> = {};
  await inWorkspace(ctx.db, world.ws, async (tx) => {
    const brand = await tx
      .selectFrom('locations')
      .select('id')
      .where('workspace_id', '=', world.ws)
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    loc.brand = brand.id;
    const add = async (key: string, parent: string, kind: 'region' | 'store') => {
      loc[key] = newId();
      await tx
        .insertInto('locations')
        .values({
          workspace_id: world.ws,
          id: loc[key]!,
          parent_id: loc[parent]!,
          kind,
          name: key,
          code: key,
        })
        .execute();
    };
    await add('north', 'brand', 'region');
    await add('s1', 'north', 'store');
    await add('south', 'brand', 'region');
    await add('s2', 'south', 'store');
  });
  world.loc = loc;
  const survey = await publishTestSurvey(ctx, world.ws, storeVisitSurvey);
  await inWorkspace(ctx.db, world.ws, async (tx) => {
    for (const p of PEOPLE) await insertPerson(tx, world.ws, p, survey, loc);
  });
  // Another workspace's customer who would match almost everything.
  const otherSurvey = await publishTestSurvey(ctx, world.other, storeVisitSurvey);
  await inWorkspace(ctx.db, world.other, (tx) =>
    insertPerson(tx, world.other, { ...PEOPLE[0]!, name: 'intruder' }, otherSurvey, {}),
  );
});

async function members(def: SegmentDefinition): Promise<string[]> {
  const rows = await inWorkspace(ctx.db, world.ws, (tx) =>
    tx
      .selectFrom('customers')
      .select('name')
      .where('id', 'in', definitionMembers(tx, world.ws, def, now))
      .orderBy('name')
      .execute(),
  );
  return rows.map((r) => r.name);
}
const one = (c: SegmentCondition) => members({ match: 'all', conditions: [c] });

describe('segment conditions against real rows', () => {
  it.each<[string, SegmentCondition, string[]]>([
    ['attribute eq', { field: 'attribute', key: 'city', op: 'eq', value: 'Shanghai' }, ['ann']],
    [
      'attribute neq (also holds without it)',
      { field: 'attribute', key: 'city', op: 'neq', value: 'Shanghai' },
      ['bob', 'cat', 'dan'],
    ],
    [
      'attribute contains (any case)',
      { field: 'attribute', key: 'city', op: 'contains', value: 'SHANGHAI' },
      ['ann', 'dan'],
    ],
    [
      'attribute contains a wildcard is text',
      { field: 'attribute', key: 'city', op: 'contains', value: '%' },
      [],
    ],
    ['attribute number gt', { field: 'attribute', key: 'age', op: 'gt', value: 30 }, ['ann', 'dan']],
    ['attribute number lte', { field: 'attribute', key: 'age', op: 'lte', value: 20 }, ['bob']],
    ['attribute number eq', { field: 'attribute', key: 'age', op: 'eq', value: 34 }, ['ann']],
    ['attribute boolean eq', { field: 'attribute', key: 'vip', op: 'eq', value: true }, ['ann']],
    ['attribute date gte', { field: 'attribute', key: 'joined', op: 'gte', value: '2024-03-01' }, ['ann']],
    ['attribute date lt', { field: 'attribute', key: 'joined', op: 'lt', value: '2024-01-01' }, ['bob']],
    ['attribute set', { field: 'attribute', key: 'vip', op: 'set' }, ['ann']],
    ['attribute not_set', { field: 'attribute', key: 'vip', op: 'not_set' }, ['bob', 'cat', 'dan']],
    ['tag has', { field: 'tag', op: 'has', value: 'vip' }, ['ann', 'dan']],
    ['tag not_has', { field: 'tag', op: 'not_has', value: 'vip' }, ['bob', 'cat']],
    ['identity has', { field: 'identity', op: 'has', kind: 'email' }, ['ann']],
    ['identity not_has', { field: 'identity', op: 'not_has', kind: 'phone' }, ['ann', 'cat', 'dan']],
    ['rfm_segment in', { field: 'rfm_segment', op: 'in', values: ['champions', 'at_risk'] }, ['ann', 'bob']],
    [
      'rfm_segment not_in (also without a value)',
      { field: 'rfm_segment', op: 'not_in', values: ['champions'] },
      ['bob', 'cat', 'dan'],
    ],
    ['consumer_type in', { field: 'consumer_type', op: 'in', values: ['loyal'] }, ['ann']],
    [
      'consumer_type not_in',
      { field: 'consumer_type', op: 'not_in', values: ['loyal', 'occasional'] },
      ['cat', 'dan'],
    ],
    [
      'spent more than 100 in 90 days',
      { field: 'orders', measure: 'spend', op: 'gt', value: 100, days: 90 },
      ['ann'],
    ],
    // dan's order is in EUR: spend counts the workspace currency (USD) only.
    [
      'spent less than 100 in 90 days (no orders is 0)',
      { field: 'orders', measure: 'spend', op: 'lt', value: 100, days: 90 },
      ['bob', 'cat', 'dan'],
    ],
    [
      'at least one order in 90 days',
      { field: 'orders', measure: 'count', op: 'gte', value: 1, days: 90 },
      ['ann', 'bob', 'dan'],
    ],
    ['no order in 90 days', { field: 'orders', measure: 'count', op: 'eq', value: 0, days: 90 }, ['cat']],
    [
      'two orders in 365 days',
      { field: 'orders', measure: 'count', op: 'gte', value: 2, days: 365 },
      ['bob'],
    ],
    ['NPS detractor in the last 90 days', { field: 'nps', group: 'detractor', days: 90 }, ['ann']],
    ['NPS detractor in the last 365 days', { field: 'nps', group: 'detractor', days: 365 }, ['ann', 'bob']],
    ['NPS promoter in 90 days', { field: 'nps', group: 'promoter', days: 90 }, ['bob']],
    ['NPS passive: an unfinished response does not count', { field: 'nps', group: 'passive', days: 90 }, []],
    ['consent granted', { field: 'consent', channel: 'email', status: 'granted' }, ['ann']],
    ['language in', { field: 'language', values: ['zh-CN', 'en'] }, ['ann', 'bob']],
  ])('%s', async (_, condition, expected) => {
    expect(await one(condition)).toEqual(expected);
  });

  it('location: an order, a visit or a response at the location or under it', async () => {
    const at = (key: string) => one({ field: 'location', locationId: world.loc[key]! });
    // ann ordered at s1, cat visited s1, dan answered at s1 — all under north.
    expect(await at('north')).toEqual(['ann', 'cat', 'dan']);
    expect(await at('s1')).toEqual(['ann', 'cat', 'dan']);
    expect(await at('south')).toEqual(['bob']);
    expect(await at('brand')).toEqual(['ann', 'bob', 'cat', 'dan']);
  });

  it('all: every condition holds; any: one is enough', async () => {
    expect(
      await members({
        match: 'all',
        conditions: [
          { field: 'tag', op: 'has', value: 'vip' },
          { field: 'attribute', key: 'age', op: 'gt', value: 40 },
        ],
      }),
    ).toEqual(['dan']);
    expect(
      await members({
        match: 'any',
        conditions: [
          { field: 'nps', group: 'detractor', days: 90 },
          { field: 'location', locationId: world.loc.south! },
        ],
      }),
    ).toEqual(['ann', 'bob']);
    expect(
      await members({
        match: 'any',
        conditions: [
          { field: 'tag', op: 'has', value: 'nobody' },
          { field: 'rfm_segment', op: 'in', values: ['new'] },
        ],
      }),
    ).toEqual([]);
  });
});
