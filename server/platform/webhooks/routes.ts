// /api/v1/webhook-event-types and /api/v1/workspaces/:workspaceId/webhooks — signed outgoing webhooks.
// Each route: authorize → validate (schema) → one use case in the workspace's transaction → present.
import { EVENT_TYPES } from '../../../common/events';
import { pageOf, pageQuerySchema } from '../../../common/pagination';
import { inWorkspace } from '../../db/database';
import { authorize } from '../auth/authenticate';
import { paginate } from '../http/pagination';
import { unauthenticated } from '../errors';
import type { App } from '../http/types';
import { workspaceParams } from '../workspaces/schemas';
import { createWebhook } from './create-webhook';
import { deleteWebhook } from './delete-webhook';
import { listDeliveries } from './list-deliveries';
import { pingWebhook } from './ping-webhook';
import { presentDelivery, presentWebhook } from './present';
import { redeliver } from './redeliver';
import { rotateWebhookSecret } from './rotate-webhook-secret';
import {
  createWebhookBody,
  deliveryParams,
  deliverySchema,
  eventTypeListSchema,
  pingResultSchema,
  updateWebhookBody,
  webhookParams,
  webhookSchema,
  webhookWithSecretSchema,
} from './schemas';
import { webhooksQuery } from './store';
import { updateWebhook } from './update-webhook';

const tags = ['webhooks'];

export default async function webhooksRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;
  const allowPrivate = env.WEBHOOKS_ALLOW_PRIVATE;

  app.get(
    '/webhook-event-types',
    {
      schema: {
        tags,
        summary: 'The event types a webhook can subscribe to',
        response: { 200: eventTypeListSchema },
      },
    },
    async (req) => {
      if (!req.principal) throw unauthenticated();
      return { items: [...EVENT_TYPES] };
    },
  );

  app.get(
    '/workspaces/:workspaceId/webhooks',
    {
      schema: {
        tags,
        summary: 'Webhooks, newest first',
        params: workspaceParams,
        querystring: pageQuerySchema,
        response: { 200: pageOf(webhookSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'webhooks.manage');
      const page = await inWorkspace(db, actor.workspaceId, (tx) =>
        paginate(webhooksQuery(tx, actor.workspaceId), 'id', req.query),
      );
      return { items: page.items.map(presentWebhook), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/workspaces/:workspaceId/webhooks',
    {
      schema: {
        tags,
        summary: 'Register a webhook (the signing secret is in this response only)',
        params: workspaceParams,
        body: createWebhookBody,
        response: { 201: webhookWithSecretSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'webhooks.manage');
      const created = await inWorkspace(db, actor.workspaceId, (tx) =>
        createWebhook(tx, actor, { ...req.body, allowPrivate }),
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/workspaces/:workspaceId/webhooks/:webhookId',
    {
      schema: {
        tags,
        summary: 'Change the URL, description or event types, or turn a webhook off and on',
        params: webhookParams,
        body: updateWebhookBody,
        response: { 200: webhookSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'webhooks.manage');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        updateWebhook(tx, actor, req.params.webhookId, { ...req.body, allowPrivate }),
      );
      return presentWebhook(row);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/webhooks/:webhookId',
    { schema: { tags, summary: 'Remove a webhook and its delivery log', params: webhookParams } },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'webhooks.manage');
      await inWorkspace(db, actor.workspaceId, (tx) => deleteWebhook(tx, actor, req.params.webhookId));
      return reply.status(204).send();
    },
  );

  app.post(
    '/workspaces/:workspaceId/webhooks/:webhookId/rotate-secret',
    {
      schema: {
        tags,
        summary: 'Replace the signing secret (the new one is in this response only)',
        params: webhookParams,
        response: { 200: webhookWithSecretSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'webhooks.manage');
      return inWorkspace(db, actor.workspaceId, (tx) => rotateWebhookSecret(tx, actor, req.params.webhookId));
    },
  );

  app.post(
    '/workspaces/:workspaceId/webhooks/:webhookId/ping',
    {
      schema: {
        tags,
        summary: 'Send a webhook.ping event to this webhook now',
        params: webhookParams,
        response: { 202: pingResultSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'webhooks.manage');
      const ping = await inWorkspace(db, actor.workspaceId, (tx) =>
        pingWebhook(tx, actor, req.params.webhookId),
      );
      return reply.status(202).send(ping);
    },
  );

  app.get(
    '/workspaces/:workspaceId/webhooks/:webhookId/deliveries',
    {
      schema: {
        tags,
        summary: 'The delivery log, newest first',
        params: webhookParams,
        querystring: pageQuerySchema,
        response: { 200: pageOf(deliverySchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'webhooks.manage');
      const page = await inWorkspace(db, actor.workspaceId, (tx) =>
        listDeliveries(tx, actor, req.params.webhookId, req.query),
      );
      return { items: page.items.map(presentDelivery), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/workspaces/:workspaceId/webhooks/:webhookId/deliveries/:deliveryId/redeliver',
    {
      schema: {
        tags,
        summary: 'Send a delivery again, as a new delivery',
        params: deliveryParams,
        response: { 202: deliverySchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'webhooks.manage');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        redeliver(tx, actor, req.params.webhookId, req.params.deliveryId),
      );
      return reply.status(202).send(presentDelivery(row));
    },
  );
}
