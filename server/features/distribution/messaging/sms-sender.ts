// (being built)
import type { ChannelSender, SenderDeps } from './sender';

export function smsSender(_deps: SenderDeps): ChannelSender {
  return {
    async send() {
      return { status: 'failed', error: 'not built yet', retry: false };
    },
  };
}
