// The adapter for a workspace's stored provider row (message_providers): the one place that knows
// which adapter name means which code.
import {
  httpSmsConfigSchema,
  httpSmsSecretsSchema,
  wechatConfigSchema,
  wechatSecretsSchema,
} from '../../../../common/distribution/providers';
import { httpSmsProvider } from './http-sms';
import type { MessageProvider } from './provider';
import type { ProviderRow } from './store';
import { wechatProvider } from './wechat';

export interface ProviderOfOptions {
  /** env.WEBHOOKS_ALLOW_PRIVATE */
  allowPrivate: boolean;
  /** Tests shorten it; the adapters' own 10 s otherwise. */
  timeoutMs?: number;
}

export function providerOf(
  row: Pick<ProviderRow, 'adapter' | 'config' | 'secrets'>,
  opts: ProviderOfOptions,
): MessageProvider {
  if (row.adapter === 'http') {
    const config = httpSmsConfigSchema.safeParse(row.config);
    const secrets = httpSmsSecretsSchema.safeParse(row.secrets);
    if (!config.success || !secrets.success) return broken('The SMS provider settings are incomplete.');
    return httpSmsProvider({ config: config.data, secrets: secrets.data, ...opts });
  }
  const config = wechatConfigSchema.safeParse(row.config);
  const secrets = wechatSecretsSchema.safeParse(row.secrets);
  if (!config.success || !secrets.success || !secrets.data.appSecret) {
    return broken('The WeChat provider settings are incomplete.');
  }
  return wechatProvider({ ...config.data, appSecret: secrets.data.appSecret, ...opts });
}

/** Settings saved before a rule existed, or edited in the database: fail clearly, never retry. */
const broken = (error: string): MessageProvider => ({
  send: async () => ({ status: 'failed', error, retry: false }),
});
