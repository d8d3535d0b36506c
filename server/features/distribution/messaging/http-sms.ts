// The generic HTTP SMS adapter: most SMS gateways take "POST these fields to this URL" with a key
// in a header, so one configurable adapter covers them without an SDK per vendor.
//
// The request: POST config.url with the fields named by config.fields — to (E.164), text and,
// when config.from is set, from — as JSON or as an HTML form (config.format). Authentication
// (config.auth): none; bearer (Authorization: Bearer <token>); basic (Authorization: Basic
// base64(<username>:<password>)); header (<config.authHeader>: <token>).
// Signing, when config.signatureHeader and the secret signingKey are both set: X-Timestamp carries
// the Unix time in seconds, and <signatureHeader> the lower-case hex HMAC-SHA256, keyed with
// signingKey, of the UTF-8 string `${timestamp}.${body}` where body is the exact request body sent.
//
// The answer: 2xx → delivered, with the message id read at config.messageIdPath in a JSON answer
// (null when absent) — unless config.successPath is set and the JSON value there is not one of
// config.successValues (gateways that answer 200 to a refused message say so only in the body):
// then failed without retry, with the gateway's words. 400, 404, 422 → the recipient is rejected
// (a bounce: gateways answer these for an invalid or unreachable number); 408, 429, 5xx, a timeout
// or no connection → failed, to be retried; any other status (401, 403, a redirect…) → failed
// without retry: the settings are wrong.
import { createHmac } from 'node:crypto';
import type { z } from 'zod';
import type { httpSmsConfigSchema, httpSmsSecretsSchema } from '../../../../common/distribution/providers';
import { excerpt, parseAnswer, type MessageProvider, type ProviderResult } from './provider';
import { providerRequest, type ProviderExchange } from './provider-request';

export type HttpSmsConfig = z.infer<typeof httpSmsConfigSchema>;
export type HttpSmsSecrets = z.infer<typeof httpSmsSecretsSchema>;

export const SMS_TIMEOUT_MS = 10_000;
export const TIMESTAMP_HEADER = 'X-Timestamp';
/** Statuses that mean "this number cannot be sent to". */
export const REJECTED_RECIPIENT_STATUSES = new Set([400, 404, 422]);
const RETRY_STATUSES = new Set([408, 429]);

export interface HttpSmsOptions {
  config: HttpSmsConfig;
  secrets: HttpSmsSecrets;
  /** env.WEBHOOKS_ALLOW_PRIVATE */
  allowPrivate: boolean;
  timeoutMs?: number;
}

export function httpSmsProvider(opts: HttpSmsOptions): MessageProvider {
  const { config, secrets } = opts;
  return {
    async send(to, content) {
      const body = encodeBody(config, to, content.text);
      const auth = authHeaders(config, secrets);
      if (typeof auth === 'string') return { status: 'failed', error: auth, retry: false };
      const headers: Record<string, string> = {
        'Content-Type':
          config.format === 'form' ? 'application/x-www-form-urlencoded' : 'application/json; charset=utf-8',
        Accept: 'application/json',
        'User-Agent': 'Rapport-SMS/1',
        ...auth,
      };
      if (config.signatureHeader && secrets.signingKey) {
        const timestamp = Math.floor(Date.now() / 1000);
        headers[TIMESTAMP_HEADER] = String(timestamp);
        headers[config.signatureHeader] = smsSignature(secrets.signingKey, timestamp, body);
      }
      const exchange = await providerRequest({
        method: 'POST',
        url: config.url,
        headers,
        body,
        allowPrivate: opts.allowPrivate,
        timeoutMs: opts.timeoutMs ?? SMS_TIMEOUT_MS,
      });
      return resultOf(exchange, config);
    },
  };
}

/** Hex HMAC-SHA256 of `${timestamp}.${body}`: what a gateway recomputes to trust the request. */
export function smsSignature(signingKey: string, timestamp: number, body: string): string {
  return createHmac('sha256', signingKey).update(`${timestamp}.${body}`).digest('hex');
}

function encodeBody(config: HttpSmsConfig, to: string, text: string): string {
  const fields: [string, string][] = [
    [config.fields.to, to],
    [config.fields.text, text],
  ];
  if (config.from) fields.push([config.fields.from, config.from]);
  return config.format === 'form'
    ? new URLSearchParams(fields).toString()
    : JSON.stringify(Object.fromEntries(fields));
}

/** The authentication headers, or why they cannot be made (a missing secret). */
function authHeaders(config: HttpSmsConfig, secrets: HttpSmsSecrets): Record<string, string> | string {
  switch (config.auth) {
    case 'none':
      return {};
    case 'bearer':
      return secrets.token ? { Authorization: `Bearer ${secrets.token}` } : 'The bearer token is not set.';
    case 'basic':
      if (!secrets.username || secrets.password === undefined) return 'The user name or password is not set.';
      return {
        Authorization: `Basic ${Buffer.from(`${secrets.username}:${secrets.password}`).toString('base64')}`,
      };
    case 'header':
      if (!config.authHeader || !secrets.token) return 'The authentication header or its token is not set.';
      return { [config.authHeader]: secrets.token };
  }
}

function resultOf(exchange: ProviderExchange, config: HttpSmsConfig): ProviderResult {
  if (!exchange.answered) return { status: 'failed', error: exchange.error, retry: exchange.retry };
  const { status, body } = exchange;
  if (status >= 200 && status < 300) {
    const { successPath, successValues = [] } = config;
    if (successPath) {
      const said = valueAt(body, successPath);
      if (said === null || !successValues.includes(said)) {
        return {
          status: 'failed',
          error: `HTTP ${status}, ${successPath} = ${said ?? '(none)'}: ${excerpt(body)}`,
          retry: false,
        };
      }
    }
    return { status: 'delivered', providerMessageId: valueAt(body, config.messageIdPath) };
  }
  const error = excerpt(body) ? `HTTP ${status}: ${excerpt(body)}` : `HTTP ${status}`;
  if (REJECTED_RECIPIENT_STATUSES.has(status)) return { status: 'rejected', error };
  return { status: 'failed', error, retry: status >= 500 || RETRY_STATUSES.has(status) };
}

/**
 * The string or number at a dotted path (`data.id`, `messages.0.id` or `messages[0].id`) of a JSON
 * answer, as a string; null when there is none.
 */
function valueAt(body: string, path: string): string | null {
  let value: unknown = parseAnswer(body);
  for (const key of path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}
