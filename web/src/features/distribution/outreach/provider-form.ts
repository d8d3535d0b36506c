// Between a workspace's SMS or WeChat provider as the API shows it (config, and the names of the
// secrets that are set) and the settings form. Secrets never come back from the API: the form
// starts them empty and sends only those typed in, so a saved secret stays as it is.
import type { Provider, ProviderInput } from '../../../api/distribution';

export interface SmsValues {
  config: {
    url: string;
    format: 'json' | 'form';
    fields: { to: string; text: string; from: string };
    from: string;
    auth: 'none' | 'bearer' | 'basic' | 'header';
    authHeader?: string;
    signatureHeader?: string;
    messageIdPath: string;
    successPath?: string;
    successValues?: string[];
  };
  /** Absent from a submitted form when no secret box is shown (no authentication, unsigned). */
  secrets?: { token?: string; username?: string; password?: string; signingKey?: string };
}

export interface WechatValues {
  config: { appId: string; apiBase: string };
  secrets: { appSecret?: string };
}

/** The secrets each way of authenticating needs. */
export const AUTH_SECRETS = {
  none: [],
  bearer: ['token'],
  header: ['token'],
  basic: ['username', 'password'],
} as const satisfies Record<
  SmsValues['config']['auth'],
  readonly (keyof NonNullable<SmsValues['secrets']>)[]
>;

const WECHAT_API = 'https://api.weixin.qq.com';

const text = (v: string | undefined): string => (v ?? '').trim();

/** Only the secrets typed in (a blank box keeps the saved one). */
function typed<T extends Record<string, string | undefined>>(secrets: T): Partial<T> {
  return Object.fromEntries(Object.entries(secrets).filter(([, v]) => text(v) !== '')) as Partial<T>;
}

export function smsFormValues(provider: Provider | undefined): SmsValues {
  const c = (provider?.adapter === 'http' ? provider.config : {}) as Partial<SmsValues['config']>;
  return {
    config: {
      url: c.url ?? '',
      format: c.format ?? 'json',
      fields: { to: 'to', text: 'text', from: 'from', ...c.fields },
      from: c.from ?? '',
      auth: c.auth ?? 'none',
      authHeader: c.authHeader ?? '',
      signatureHeader: c.signatureHeader ?? '',
      messageIdPath: c.messageIdPath ?? 'id',
      successPath: c.successPath ?? '',
      successValues: c.successValues ?? [],
    },
    secrets: {},
  };
}

export function smsBody(v: SmsValues): ProviderInput {
  const { authHeader, signatureHeader, successPath, successValues, ...config } = v.config;
  const accepted = (successValues ?? []).map(text).filter(Boolean);
  const keep = new Set<string>([
    ...AUTH_SECRETS[config.auth],
    ...(text(signatureHeader) ? ['signingKey'] : []),
  ]);
  const secrets = Object.fromEntries(Object.entries(typed(v.secrets ?? {})).filter(([k]) => keep.has(k)));
  return {
    adapter: 'http',
    config: {
      ...config,
      url: text(config.url),
      from: text(config.from),
      messageIdPath: text(config.messageIdPath) || 'id',
      ...(config.auth === 'header' ? { authHeader: text(authHeader) } : {}),
      ...(text(signatureHeader) ? { signatureHeader: text(signatureHeader) } : {}),
      // The check stands only with its values; the server names the field when these are missing.
      ...(text(successPath) ? { successPath: text(successPath), successValues: accepted } : {}),
    },
    secrets,
  };
}

export function wechatFormValues(provider: Provider | undefined): WechatValues {
  const c = (provider?.adapter === 'wechat_template' ? provider.config : {}) as Partial<
    WechatValues['config']
  >;
  return { config: { appId: c.appId ?? '', apiBase: c.apiBase ?? WECHAT_API }, secrets: {} };
}

export function wechatBody(v: WechatValues): ProviderInput {
  return {
    adapter: 'wechat_template',
    config: { appId: text(v.config.appId), apiBase: text(v.config.apiBase) || WECHAT_API },
    secrets: typed(v.secrets),
  };
}
