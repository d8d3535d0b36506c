// Set a workspace's SMS or WeChat provider. Secrets left out of the body keep their stored values
// (the console never has them to send back); an empty string removes one. The settings are
// checked as a whole after that merge, so a provider is never saved unable to send.
import type { ProviderBody } from '../../../../common/distribution/providers';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { AppError, badRequest } from '../../../platform/errors';
import { checkWebhookUrl } from '../../../platform/webhooks/target-url';
import { findProvider, upsertProvider, type ProviderChannel } from './store';

/** The adapter each channel uses. */
export const ADAPTER_OF: Record<ProviderChannel, ProviderBody['adapter']> = {
  sms: 'http',
  wechat: 'wechat_template',
};

/** RFC 9110 token: what a header name may be made of. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export interface SaveProviderOptions {
  channel: ProviderChannel;
  body: ProviderBody;
  /** env.WEBHOOKS_ALLOW_PRIVATE: let the provider's URL be on loopback or a private network. */
  allowPrivate: boolean;
}

export async function saveProvider(tx: Tx, actor: Actor, opts: SaveProviderOptions) {
  const { channel, body } = opts;
  if (body.adapter !== ADAPTER_OF[channel]) {
    throw badRequest(`The ${channel} channel uses the ${ADAPTER_OF[channel]} adapter.`, 'adapter');
  }
  const address = body.adapter === 'http' ? body.config.url : body.config.apiBase;
  await checkProviderAddress(
    address,
    opts.allowPrivate,
    body.adapter === 'http' ? 'config.url' : 'config.apiBase',
  );

  const stored = await findProvider(tx, actor.workspaceId, channel);
  const secrets = mergeSecrets(stored?.adapter === body.adapter ? stored.secrets : {}, body.secrets);
  checkComplete(body, secrets);

  const row = await upsertProvider(tx, {
    workspace_id: actor.workspaceId,
    channel,
    adapter: body.adapter,
    config: body.config,
    secrets,
  });
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'message_provider.saved',
    targetType: 'message_provider',
    targetId: channel,
    // Names of the secrets changed, never their values; nor the URL, which may carry a key.
    details: { channel, adapter: body.adapter, secretsChanged: Object.keys(body.secrets).sort() },
  });
  return row;
}

function mergeSecrets(stored: Record<string, string>, given: Record<string, string | undefined>) {
  const merged = { ...stored };
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (value === '') delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

/** The settings' own rules: each way of authenticating needs its secrets. */
function checkComplete(body: ProviderBody, secrets: Record<string, string>): void {
  const need = (name: string, why: string) => {
    if (!secrets[name]) throw badRequest(`Set ${name}: ${why}.`, `secrets.${name}`);
  };
  if (body.adapter === 'wechat_template') return need('appSecret', 'WeChat gives access tokens for it');
  const { config } = body;
  if (config.auth === 'bearer') need('token', 'bearer authentication sends it');
  if (config.auth === 'basic') {
    need('username', 'basic authentication sends it');
    need('password', 'basic authentication sends it');
  }
  if (config.auth === 'header') {
    if (!config.authHeader) throw badRequest('Name the header that carries the token.', 'config.authHeader');
    need('token', 'the authentication header carries it');
  }
  for (const field of ['authHeader', 'signatureHeader'] as const) {
    const name = config[field];
    if (name !== undefined && !HEADER_NAME.test(name)) {
      throw badRequest('Not a valid HTTP header name.', `config.${field}`);
    }
  }
  if (config.signatureHeader) need('signingKey', 'requests are signed with it');
  if (config.successPath && !config.successValues?.length) {
    throw badRequest(
      'Give the value (or values) that mean the message was accepted.',
      'config.successValues',
    );
  }
  for (const name of ['to', 'text', 'from'] as const) {
    const others = Object.entries(config.fields).filter(([key]) => key !== name);
    if (others.some(([, value]) => value === config.fields[name])) {
      throw badRequest('Each field needs its own name.', `config.fields.${name}`);
    }
  }
}

/** http(s) and, unless allowed, a public address: the webhooks' rule, reported on this field. */
async function checkProviderAddress(url: string, allowPrivate: boolean, field: string): Promise<void> {
  try {
    await checkWebhookUrl(url, allowPrivate);
  } catch (e) {
    if (e instanceof AppError) throw badRequest(e.message, field);
    throw e;
  }
}
