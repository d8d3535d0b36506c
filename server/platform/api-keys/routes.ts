// /api/v1/workspaces/:workspaceId/api-keys
import { pageOf, pageQuerySchema } from '../../../common/pagination';
import { inWorkspace } from '../../db/database';
import { authorize } from '../auth/authenticate';
import { paginate } from '../http/pagination';
import type { App } from '../http/types';
import { workspaceParams } from '../workspaces/schemas';
import { createApiKey } from './create-api-key';
import { presentApiKey } from './present';
import { revokeApiKey } from './revoke-api-key';
import { apiKeyParams, apiKeySchema, createApiKeyBody, createdApiKeySchema } from './schemas';

const tags = ['api keys'];

export default async function apiKeysRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/api-keys',
    {
      schema: {
        tags,
        summary: 'API keys, newest first',
        params: workspaceParams,
        querystring: pageQuerySchema,
        response: { 200: pageOf(apiKeySchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'apikeys.manage');
      const page = await inWorkspace(db, actor.workspaceId, (tx) =>
        paginate(
          tx.selectFrom('api_keys').selectAll().where('workspace_id', '=', actor.workspaceId),
          'id',
          req.query,
        ),
      );
      return { items: page.items.map(presentApiKey), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/workspaces/:workspaceId/api-keys',
    {
      schema: {
        tags,
        summary: 'Create an API key (the secret is in this response only)',
        params: workspaceParams,
        body: createApiKeyBody,
        response: { 201: createdApiKeySchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'apikeys.manage');
      const created = await inWorkspace(db, actor.workspaceId, (tx) => createApiKey(tx, actor, req.body));
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/api-keys/:apiKeyId',
    { schema: { tags, summary: 'Revoke an API key', params: apiKeyParams, response: { 200: apiKeySchema } } },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'apikeys.manage');
      return presentApiKey(
        await inWorkspace(db, actor.workspaceId, (tx) => revokeApiKey(tx, actor, req.params.apiKeyId)),
      );
    },
  );
}
