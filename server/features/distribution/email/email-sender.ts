// (being built)
import type { ChannelSender, SenderDeps } from '../messaging/sender';

export function emailSender(_deps: SenderDeps): ChannelSender {
  return {
    async send() {
      return { status: 'failed', error: 'not built yet', retry: false };
    },
  };
}
