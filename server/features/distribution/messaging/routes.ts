// /api/v1/workspaces/:workspaceId/message-providers[/:channel] — the workspace's SMS gateway and
// WeChat Official Account: read, set (secrets merged, never returned), remove, and send a test.
import { providerBody, providerSchema } from '../../../../common/distribution/providers';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { deleteProvider } from './delete-provider';
import { presentProvider } from './present';
import { saveProvider } from './save-provider';
import {
  providerListSchema,
  providerParams,
  providersParams,
  testSendBody,
  testSendResultSchema,
} from './schemas';
import { listProviders } from './store';
import { testProvider } from './test-provider';

const tags = ['distribution'];

export default async function messageProviderRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;
  const allowPrivate = env.WEBHOOKS_ALLOW_PRIVATE;

  app.get(
    '/workspaces/:workspaceId/message-providers',
    {
      schema: {
        tags,
        summary: 'The SMS and WeChat providers (secrets by name only)',
        params: providersParams,
        response: { 200: providerListSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.settings');
      const rows = await inWorkspace(db, actor.workspaceId, (tx) => listProviders(tx, actor.workspaceId));
      return { items: rows.map(presentProvider) };
    },
  );

  app.put(
    '/workspaces/:workspaceId/message-providers/:channel',
    {
      schema: {
        tags,
        summary:
          'Set the SMS (adapter http) or WeChat (adapter wechat_template) provider; secrets left out are kept',
        params: providerParams,
        body: providerBody,
        response: { 200: providerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.settings');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        saveProvider(tx, actor, { channel: req.params.channel, body: req.body, allowPrivate }),
      );
      return presentProvider(row);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/message-providers/:channel',
    { schema: { tags, summary: 'Remove the SMS or WeChat provider', params: providerParams } },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.settings');
      await inWorkspace(db, actor.workspaceId, (tx) => deleteProvider(tx, actor, req.params.channel));
      return reply.status(204).send();
    },
  );

  app.post(
    '/workspaces/:workspaceId/message-providers/:channel/test',
    {
      schema: {
        tags,
        summary: 'Send one test message through the provider (WeChat: name a templateId)',
        params: providerParams,
        body: testSendBody,
        response: { 200: testSendResultSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.settings');
      // Its own transactions: the provider may take seconds, and no transaction waits on it.
      return testProvider({ db, env }, actor, { channel: req.params.channel, body: req.body });
    },
  );
}
