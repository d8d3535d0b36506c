// WeChat's access token (GET {apiBase}/cgi-bin/token?grant_type=client_credential&appid&secret →
// {access_token, expires_in}, or {errcode, errmsg}). Kept in memory per account until 5 minutes
// before it expires, as WeChat asks: every new token invalidates the previous one, so fetching one
// per message would break the sends of other workers in flight. For the same reason concurrent
// callers share one fetch. A token WeChat later calls invalid is dropped (forgetToken).
import { excerpt, parseAnswer } from './provider';
import { providerRequest } from './provider-request';

export interface WechatAccount {
  appId: string;
  appSecret: string;
  /** https://api.weixin.qq.com, without a trailing slash. */
  apiBase: string;
  allowPrivate: boolean;
  timeoutMs: number;
}

export type TokenResult = { ok: true; token: string } | { ok: false; error: string; retry: boolean };

/** Renew this long before WeChat's expiry. */
const RENEW_BEFORE_MS = 5 * 60 * 1000;

const cached = new Map<string, { token: string; renewAt: number }>();
const fetching = new Map<string, Promise<TokenResult>>();

const keyOf = (account: WechatAccount) => `${account.apiBase}\u0000${account.appId}`;

export async function accessToken(account: WechatAccount): Promise<TokenResult> {
  const key = keyOf(account);
  const hit = cached.get(key);
  if (hit && Date.now() < hit.renewAt) return { ok: true, token: hit.token };
  let pending = fetching.get(key);
  if (!pending) {
    pending = fetchToken(account).finally(() => fetching.delete(key));
    fetching.set(key, pending);
  }
  return pending;
}

/** Drops the token WeChat refused, unless another caller has already replaced it. */
export function forgetToken(account: WechatAccount, token: string): void {
  const key = keyOf(account);
  if (cached.get(key)?.token === token) cached.delete(key);
}

async function fetchToken(account: WechatAccount): Promise<TokenResult> {
  const query = new URLSearchParams({
    grant_type: 'client_credential',
    appid: account.appId,
    secret: account.appSecret,
  });
  const exchange = await providerRequest({
    method: 'GET',
    url: `${account.apiBase}/cgi-bin/token?${query}`,
    headers: { Accept: 'application/json', 'User-Agent': 'Rapport-WeChat/1' },
    allowPrivate: account.allowPrivate,
    timeoutMs: account.timeoutMs,
  });
  if (!exchange.answered) {
    return { ok: false, error: `WeChat access token: ${exchange.error}`, retry: exchange.retry };
  }
  if (exchange.status < 200 || exchange.status >= 300) {
    return {
      ok: false,
      error: `WeChat access token: HTTP ${exchange.status}`,
      retry: exchange.status >= 500,
    };
  }
  const answer = parseAnswer(exchange.body);
  if (typeof answer.access_token === 'string' && answer.access_token) {
    const seconds = typeof answer.expires_in === 'number' ? answer.expires_in : 7200;
    cached.set(keyOf(account), {
      token: answer.access_token,
      renewAt: Date.now() + seconds * 1000 - RENEW_BEFORE_MS,
    });
    return { ok: true, token: answer.access_token };
  }
  // -1 is "system busy, try later"; the others (40001 wrong secret, 40013 wrong AppID, 40164 the
  // server's IP not on the account's allow-list…) need someone to change the settings.
  const errcode = typeof answer.errcode === 'number' ? answer.errcode : null;
  return {
    ok: false,
    error: `WeChat access token: errcode ${errcode ?? '?'} ${excerpt(String(answer.errmsg ?? exchange.body))}`,
    retry: errcode === -1,
  };
}
