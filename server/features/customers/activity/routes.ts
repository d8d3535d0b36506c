// Orders and events in (M4), one or a batch of up to 1,000, at /workspaces/:workspaceId/orders|events
// (sessions and keys) and at /orders|events (an API key: its own workspace); and a customer's
// timeline at /workspaces/:workspaceId/customers/:customerId/timeline.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { pageOf } from '../../../../common/pagination';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import { badRequest, unauthenticated } from '../../../platform/errors';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { customerParams } from '../schemas';
import { batchField, singleField } from './ingest-batch';
import { checkedBody } from './ingest-body';
import { presentTimelineItem } from './present';
import { recordEvents } from './record-events';
import { recordOrders } from './record-orders';
import {
  eventBatchResultSchema,
  eventInput,
  eventResultSchema,
  eventsBatch,
  eventsBody,
  INGEST_BODY_LIMIT,
  orderBatchResultSchema,
  orderInput,
  orderResultSchema,
  ordersBatch,
  ordersBody,
  timelineItemSchema,
  timelineQuery,
} from './schemas';
import { getTimeline } from './timeline';

const tags = ['customers'];

/** The workspace of a request to /orders or /events: only an API key says which one it is. */
function keyWorkspace(req: FastifyRequest, path: string): string {
  const p = req.principal;
  if (!p) throw unauthenticated();
  if (p.kind !== 'apikey') {
    throw badRequest(
      `With a session, post to /api/v1/workspaces/{workspaceId}${path}; ${path} takes an API key.`,
    );
  }
  return p.workspaceId;
}

export default async function activityRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  const ordersRoute = {
    bodyLimit: INGEST_BODY_LIMIT,
    attachValidation: true,
    schema: {
      tags,
      summary:
        'Record an order, or a batch {orders: […≤1000]} (all or nothing); idempotent by externalId (200, created: false)',
      body: ordersBody,
      response: { 200: orderResultSchema.or(orderBatchResultSchema), 201: orderResultSchema },
    },
  };
  const ingestOrders = async (
    req: FastifyRequest & { body: z.infer<typeof ordersBody> },
    workspaceId: string,
  ) => {
    const actor = await authorize(req, workspaceId, 'customers.ingest');
    const body = checkedBody(req, 'orders', ordersBatch, orderInput);
    const batch = 'orders' in body;
    const orders = 'orders' in body ? body.orders : [body];
    const results = await inWorkspace(db, actor.workspaceId, (tx) =>
      recordOrders(tx, actor, {
        orders,
        fieldOf: batch ? batchField('orders') : singleField,
        source: actor.apiKeyId ? 'api' : 'console',
      }),
    );
    return batch
      ? { status: 200 as const, body: { results } }
      : { status: results[0]!.created ? (201 as const) : (200 as const), body: results[0]! };
  };

  app.post(
    '/workspaces/:workspaceId/orders',
    { ...ordersRoute, schema: { ...ordersRoute.schema, params: workspaceParams } },
    async (req, reply) => {
      const { status, body } = await ingestOrders(req, req.params.workspaceId);
      return reply.status(status).send(body);
    },
  );
  app.post('/orders', ordersRoute, async (req, reply) => {
    const { status, body } = await ingestOrders(req, keyWorkspace(req, '/orders'));
    return reply.status(status).send(body);
  });

  const eventsRoute = {
    bodyLimit: INGEST_BODY_LIMIT,
    attachValidation: true,
    schema: {
      tags,
      summary:
        'Record a touchpoint (store_visit, page_view, message…), or a batch {events: […≤1000]} (all or nothing); idempotent by externalId when given',
      body: eventsBody,
      response: { 200: eventResultSchema.or(eventBatchResultSchema), 201: eventResultSchema },
    },
  };
  const ingestEvents = async (
    req: FastifyRequest & { body: z.infer<typeof eventsBody> },
    workspaceId: string,
  ) => {
    const actor = await authorize(req, workspaceId, 'customers.ingest');
    const body = checkedBody(req, 'events', eventsBatch, eventInput);
    const batch = 'events' in body;
    const events = 'events' in body ? body.events : [body];
    const results = await inWorkspace(db, actor.workspaceId, (tx) =>
      recordEvents(tx, actor, {
        events,
        fieldOf: batch ? batchField('events') : singleField,
        source: actor.apiKeyId ? 'api' : 'console',
      }),
    );
    return batch
      ? { status: 200 as const, body: { results } }
      : { status: results[0]!.created ? (201 as const) : (200 as const), body: results[0]! };
  };

  app.post(
    '/workspaces/:workspaceId/events',
    { ...eventsRoute, schema: { ...eventsRoute.schema, params: workspaceParams } },
    async (req, reply) => {
      const { status, body } = await ingestEvents(req, req.params.workspaceId);
      return reply.status(status).send(body);
    },
  );
  app.post('/events', eventsRoute, async (req, reply) => {
    const { status, body } = await ingestEvents(req, keyWorkspace(req, '/events'));
    return reply.status(status).send(body);
  });

  app.get(
    '/workspaces/:workspaceId/customers/:customerId/timeline',
    {
      schema: {
        tags,
        summary:
          "A customer's history, newest first: orders, events, responses and merges; filter with kinds=order,event,response,merge",
        params: customerParams,
        querystring: timelineQuery,
        response: { 200: pageOf(timelineItemSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.read');
      const page = await inWorkspace(db, actor.workspaceId, (tx) =>
        getTimeline(tx, actor, req.params.customerId, req.query),
      );
      return { items: page.items.map(presentTimelineItem), nextCursor: page.nextCursor };
    },
  );
}
