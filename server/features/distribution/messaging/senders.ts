// One sender per channel, made once per worker.
import type { MessageChannel } from '../../../../common/distribution/distributions';
import { emailSender } from '../email/email-sender';
import type { ChannelSender, SenderDeps } from './sender';
import { smsSender } from './sms-sender';
import { wechatSender } from './wechat-sender';

export const makeSenders = (deps: SenderDeps): Record<MessageChannel, ChannelSender> => ({
  email: emailSender(deps),
  sms: smsSender(deps),
  wechat: wechatSender(deps),
});
