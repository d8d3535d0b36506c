// The SMS channel: the workspace's HTTP SMS gateway (message_providers), the text composed from the
// distribution's template or the built-in words. The provider is read in its own short transaction
// and called outside any. Logs carry ids and outcomes only: never a number, a link or a secret.
import { inWorkspace } from '../../../db/database';
import { smsText } from './compose';
import { outcomeOf } from './provider';
import { providerOf } from './provider-of';
import type { ChannelSender, SenderDeps } from './sender';
import { findProvider } from './store';

export function smsSender(deps: SenderDeps): ChannelSender {
  return {
    async send(message) {
      const row = await inWorkspace(deps.db, message.workspaceId, (tx) =>
        findProvider(tx, message.workspaceId, 'sms'),
      );
      if (!row) return { status: 'failed', retry: false, error: 'No SMS provider is configured' };
      const provider = providerOf(row, { allowPrivate: deps.env.WEBHOOKS_ALLOW_PRIVATE });
      const outcome = outcomeOf(await provider.send(message.address, { text: smsText(message) }));
      deps.log.debug(
        { workspaceId: message.workspaceId, invitationId: message.invitationId, status: outcome.status },
        'sms sent',
      );
      return outcome;
    },
  };
}
