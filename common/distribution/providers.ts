// SMS and WeChat providers (M2): what a workspace configures. Secrets go in, never come back out.
import { z } from 'zod';

/** A generic HTTP SMS gateway: POST the message to a URL, authenticated and optionally signed. */
export const httpSmsConfigSchema = z.object({
  url: z.url(),
  /** How the message is encoded in the request body. */
  format: z.enum(['json', 'form']).default('json'),
  /** Body field names for the recipient, the text and the sender id. */
  fields: z
    .object({
      to: z.string().min(1).max(50),
      text: z.string().min(1).max(50),
      from: z.string().min(1).max(50),
    })
    .default({ to: 'to', text: 'text', from: 'from' }),
  from: z.string().max(50).default(''),
  auth: z.enum(['none', 'bearer', 'basic', 'header']).default('none'),
  /** For auth 'header': the header's name (its value is the secret `token`). */
  authHeader: z.string().max(100).optional(),
  /** Sign each request: HMAC-SHA256 of `timestamp.body` with the secret `signingKey`, in this header. */
  signatureHeader: z.string().max(100).optional(),
  /** The JSON path of the provider's message id in its answer, e.g. `data.id`. */
  messageIdPath: z.string().max(100).default('id'),
  /**
   * For gateways that answer 200 to a refused message and say so in the body (Aliyun's
   * `Code: "OK"`, Tencent's `SendStatusSet[0].Code: "Ok"`): a 2xx answer counts as sent only when
   * the JSON value at successPath is one of successValues. Unset: every 2xx is a success.
   */
  successPath: z.string().min(1).max(100).optional(),
  successValues: z.array(z.string().min(1).max(100)).max(20).optional(),
});

export const httpSmsSecretsSchema = z.object({
  token: z.string().max(500).optional(),
  username: z.string().max(200).optional(),
  password: z.string().max(500).optional(),
  signingKey: z.string().max(500).optional(),
});

/** A WeChat Official Account: template messages through api.weixin.qq.com (or a stand-in in tests). */
export const wechatConfigSchema = z.object({
  appId: z.string().min(1).max(100),
  /** https://api.weixin.qq.com unless a proxy stands in. */
  apiBase: z.url().default('https://api.weixin.qq.com'),
});
export const wechatSecretsSchema = z.object({ appSecret: z.string().min(1).max(200).optional() });

export const providerBody = z.discriminatedUnion('adapter', [
  z.object({
    adapter: z.literal('http'),
    config: httpSmsConfigSchema,
    secrets: httpSmsSecretsSchema.prefault({}),
  }),
  z.object({
    adapter: z.literal('wechat_template'),
    config: wechatConfigSchema,
    secrets: wechatSecretsSchema.prefault({}),
  }),
]);
export type ProviderBody = z.infer<typeof providerBody>;

export const providerSchema = z.object({
  channel: z.enum(['sms', 'wechat']),
  adapter: z.enum(['http', 'wechat_template']),
  config: z.record(z.string(), z.unknown()),
  /** Which secrets are set; their values are never returned. */
  secretsSet: z.array(z.string()),
  updatedAt: z.string(),
});
