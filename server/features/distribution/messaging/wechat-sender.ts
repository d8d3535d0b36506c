// The WeChat channel: a template message through the workspace's Official Account
// (message_providers), with the template id of the distribution (settings.wechatTemplateId).
// The provider is read in its own short transaction and called outside any. Logs carry ids and
// outcomes only: never an openid, a link or a secret.
import { inWorkspace } from '../../../db/database';
import { wechatContent } from './compose';
import { outcomeOf } from './provider';
import { providerOf } from './provider-of';
import type { ChannelSender, SenderDeps } from './sender';
import { findProvider, workspaceForMessages } from './store';

export function wechatSender(deps: SenderDeps): ChannelSender {
  return {
    async send(message) {
      const { row, workspace } = await inWorkspace(deps.db, message.workspaceId, async (tx) => ({
        row: await findProvider(tx, message.workspaceId, 'wechat'),
        workspace: await workspaceForMessages(tx, message.workspaceId),
      }));
      if (!row) return { status: 'failed', retry: false, error: 'No WeChat provider is configured' };
      const templateId = message.settings.wechatTemplateId?.trim();
      if (!templateId) {
        return {
          status: 'failed',
          retry: false,
          error: 'The distribution has no WeChat template id (settings.wechatTemplateId)',
        };
      }
      const provider = providerOf(row, { allowPrivate: deps.env.WEBHOOKS_ALLOW_PRIVATE });
      const content = wechatContent(message, templateId, workspace.time_zone);
      const outcome = outcomeOf(await provider.send(message.address, content));
      deps.log.debug(
        { workspaceId: message.workspaceId, invitationId: message.invitationId, status: outcome.status },
        'wechat sent',
      );
      return outcome;
    },
  };
}
