// The WeChat Official Account adapter: template messages, as WeChat documents them.
// POST {apiBase}/cgi-bin/message/template/send?access_token=TOKEN with
//   {touser: openid, template_id, url: link, data: {first: {value}, keyword1: {value}, …}}
// → {errcode: 0, errmsg: 'ok', msgid}. WeChat answers HTTP 200 with an errcode for its errors:
//   40001, 40014, 42001  the access token is invalid or expired → drop it, fetch one, retry once
//   43004                the user does not follow the account     → rejected (a bounce)
//   40003                not a valid openid for this account       → rejected (a bounce)
//   -1                   system busy                               → failed, retry later
//   anything else        (a wrong template id, a quota…)          → failed, no retry
import { excerpt, parseAnswer, type MessageProvider, type ProviderResult } from './provider';
import { providerRequest } from './provider-request';
import { accessToken, forgetToken, type WechatAccount } from './wechat-token';

export const WECHAT_TIMEOUT_MS = 10_000;

const TOKEN_REFUSED = new Set([40001, 40014, 42001]);
const RECIPIENT_REFUSED = new Set([40003, 43004]);

export interface WechatOptions {
  appId: string;
  appSecret: string;
  apiBase: string;
  /** env.WEBHOOKS_ALLOW_PRIVATE */
  allowPrivate: boolean;
  timeoutMs?: number;
}

export function wechatProvider(opts: WechatOptions): MessageProvider {
  const account: WechatAccount = {
    appId: opts.appId,
    appSecret: opts.appSecret,
    apiBase: opts.apiBase.replace(/\/+$/, ''),
    allowPrivate: opts.allowPrivate,
    timeoutMs: opts.timeoutMs ?? WECHAT_TIMEOUT_MS,
  };
  return {
    async send(to, content) {
      const template = content.template;
      if (!template) {
        return { status: 'failed', error: 'WeChat sends template messages only: no template.', retry: false };
      }
      const body = JSON.stringify({
        touser: to,
        template_id: template.id,
        url: template.url,
        data: Object.fromEntries(Object.entries(template.fields).map(([name, value]) => [name, { value }])),
      });
      for (let attempt = 1; ; attempt++) {
        const token = await accessToken(account);
        if (!token.ok) return { status: 'failed', error: token.error, retry: token.retry };
        const result = await sendOnce(account, token.token, body);
        if (result !== 'token refused') return result;
        forgetToken(account, token.token);
        if (attempt === 2) {
          return { status: 'failed', error: 'WeChat refused a freshly fetched access token.', retry: true };
        }
      }
    },
  };
}

async function sendOnce(
  account: WechatAccount,
  token: string,
  body: string,
): Promise<ProviderResult | 'token refused'> {
  const exchange = await providerRequest({
    method: 'POST',
    url: `${account.apiBase}/cgi-bin/message/template/send?access_token=${encodeURIComponent(token)}`,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      Accept: 'application/json',
      'User-Agent': 'Rapport-WeChat/1',
    },
    body,
    allowPrivate: account.allowPrivate,
    timeoutMs: account.timeoutMs,
  });
  if (!exchange.answered)
    return { status: 'failed', error: `WeChat: ${exchange.error}`, retry: exchange.retry };
  if (exchange.status < 200 || exchange.status >= 300) {
    return { status: 'failed', error: `WeChat: HTTP ${exchange.status}`, retry: exchange.status >= 500 };
  }
  const answer = parseAnswer(exchange.body);
  const errcode = typeof answer.errcode === 'number' ? answer.errcode : null;
  if (errcode === 0) {
    const msgid = answer.msgid;
    return {
      status: 'delivered',
      providerMessageId: typeof msgid === 'number' || typeof msgid === 'string' ? String(msgid) : null,
    };
  }
  if (errcode !== null && TOKEN_REFUSED.has(errcode)) return 'token refused';
  const error = `WeChat errcode ${errcode ?? '?'}: ${excerpt(String(answer.errmsg ?? exchange.body))}`;
  if (errcode !== null && RECIPIENT_REFUSED.has(errcode)) return { status: 'rejected', error };
  return { status: 'failed', error, retry: errcode === -1 };
}
