// The WeChat template-message adapter against a real HTTP server on loopback standing in for
// api.weixin.qq.com: the token request and its cache, the send request exactly as WeChat documents
// it, the token refreshed after WeChat calls it invalid, and each errcode's meaning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../platform/ids';
import type { ProviderContent } from './provider';
import { startStandIn, type StandIn, type StandInRequest } from './provider-stand-in';
import { wechatProvider } from './wechat';

let weixin: StandIn;
beforeAll(async () => {
  weixin = await startStandIn();
});
afterAll(() => weixin.close());

const OPENID = 'oia2TjuEGTNoeX76QEjQNrcURxG8';
const CONTENT: ProviderContent = {
  text: 'unused',
  template: {
    id: 'tpl-1',
    url: 'https://r.example/s/abc?t=tok',
    fields: { first: '王先生您好', keyword1: '门店体验', keyword2: '2026年11月23日', remark: '点击填写' },
  },
};

/**
 * A stand-in WeChat: tokens tok-1, tok-2… (expires_in as given), and send answers from `sends`
 * in order, as JSON or, given {raw}, as that very text (errcode 0, msgid 200228332 once they run out).
 */
function weixinAnswers(appId: string, opts: { expiresIn?: number; sends?: unknown[] } = {}) {
  let tokens = 0;
  const sends = [...(opts.sends ?? [])];
  weixin.handle((req) => {
    if (req.path === '/cgi-bin/token') {
      if (req.query.get('appid') !== appId) return { json: { errcode: 40013, errmsg: 'invalid appid' } };
      tokens += 1;
      return { json: { access_token: `tok-${tokens}`, expires_in: opts.expiresIn ?? 7200 } };
    }
    const next = sends.shift() ?? { errcode: 0, errmsg: 'ok', msgid: 200228332 };
    return typeof next === 'object' && next && 'raw' in next ? { text: String(next.raw) } : { json: next };
  });
}

/** Each test its own account, so that the in-memory token cache starts empty. */
function account(more: { timeoutMs?: number } = {}) {
  const appId = `wx${newId().replace(/-/g, '').slice(-16)}`;
  const provider = wechatProvider({
    appId,
    appSecret: 'app-secret-1',
    apiBase: `${weixin.origin}/`,
    allowPrivate: true,
    ...more,
  });
  const requests = (path: string) =>
    weixin.on(path).filter((r) => path !== '/cgi-bin/token' || r.query.get('appid') === appId);
  return { appId, provider, requests };
}

const tokenOf = (r: StandInRequest) => r.query.get('access_token');

describe('WeChat template messages', () => {
  it('fetches a token once, sends the documented request, and reuses the token for the next send', async () => {
    const { appId, provider, requests } = account();
    // A msgid beyond 2^53 arrives as the digits WeChat sent.
    weixinAnswers(appId, { sends: [{ raw: '{"errcode":0,"errmsg":"ok","msgid":2813447491466166276}' }] });
    const before = weixin.on('/cgi-bin/message/template/send').length;
    expect(await provider.send(OPENID, CONTENT)).toEqual({
      status: 'delivered',
      providerMessageId: '2813447491466166276',
    });
    expect(await provider.send(OPENID, CONTENT)).toEqual({
      status: 'delivered',
      providerMessageId: '200228332',
    });

    const [tokenRequest, ...more] = requests('/cgi-bin/token');
    expect(more).toEqual([]);
    expect(tokenRequest!.method).toBe('GET');
    expect(Object.fromEntries(tokenRequest!.query)).toEqual({
      grant_type: 'client_credential',
      appid: appId,
      secret: 'app-secret-1',
    });

    const sends = weixin.on('/cgi-bin/message/template/send').slice(before);
    expect(sends).toHaveLength(2);
    for (const send of sends) {
      expect(send.method).toBe('POST');
      expect(tokenOf(send)).toBe('tok-1');
      expect(send.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(send.body)).toEqual({
        touser: OPENID,
        template_id: 'tpl-1',
        url: 'https://r.example/s/abc?t=tok',
        data: {
          first: { value: '王先生您好' },
          keyword1: { value: '门店体验' },
          keyword2: { value: '2026年11月23日' },
          remark: { value: '点击填写' },
        },
      });
    }
  });

  it('drops a token WeChat calls invalid (40001), fetches a new one and sends again, once', async () => {
    const { appId, provider, requests } = account();
    weixinAnswers(appId, { sends: [{ errcode: 40001, errmsg: 'invalid credential' }] });
    const before = weixin.on('/cgi-bin/message/template/send').length;
    expect(await provider.send(OPENID, CONTENT)).toEqual({
      status: 'delivered',
      providerMessageId: '200228332',
    });
    expect(requests('/cgi-bin/token')).toHaveLength(2);
    const sends = weixin.on('/cgi-bin/message/template/send').slice(before);
    expect(sends.map(tokenOf)).toEqual(['tok-1', 'tok-2']);

    // The new token is the cached one now.
    expect(await provider.send(OPENID, CONTENT)).toMatchObject({ status: 'delivered' });
    expect(tokenOf(weixin.on('/cgi-bin/message/template/send').at(-1)!)).toBe('tok-2');
    expect(requests('/cgi-bin/token')).toHaveLength(2);
  });

  it('stops after one refresh when WeChat keeps refusing tokens (42001), to retry later', async () => {
    const { appId, provider, requests } = account();
    weixinAnswers(appId, {
      sends: [
        { errcode: 42001, errmsg: 'access_token expired' },
        { errcode: 40014, errmsg: 'invalid access_token' },
      ],
    });
    const before = weixin.on('/cgi-bin/message/template/send').length;
    expect(await provider.send(OPENID, CONTENT)).toEqual({
      status: 'failed',
      error: 'WeChat refused a freshly fetched access token.',
      retry: true,
    });
    expect(weixin.on('/cgi-bin/message/template/send').length - before).toBe(2);
    expect(requests('/cgi-bin/token')).toHaveLength(2);
  });

  it('calls a user who does not follow the account (43004) or a wrong openid (40003) a rejected recipient', async () => {
    for (const errcode of [43004, 40003]) {
      const { appId, provider } = account();
      weixinAnswers(appId, { sends: [{ errcode, errmsg: 'require subscribe' }] });
      expect(await provider.send(OPENID, CONTENT)).toEqual({
        status: 'rejected',
        error: `WeChat errcode ${errcode}: require subscribe`,
      });
    }
  });

  it('retries "system busy" (-1) later, but not a wrong template id', async () => {
    const { appId, provider } = account();
    weixinAnswers(appId, {
      sends: [
        { errcode: -1, errmsg: 'system error' },
        { errcode: 40037, errmsg: 'invalid template_id' },
      ],
    });
    expect(await provider.send(OPENID, CONTENT)).toEqual({
      status: 'failed',
      error: 'WeChat errcode -1: system error',
      retry: true,
    });
    expect(await provider.send(OPENID, CONTENT)).toEqual({
      status: 'failed',
      error: 'WeChat errcode 40037: invalid template_id',
      retry: false,
    });
  });

  it('fails without retry and sends nothing when WeChat refuses the AppID', async () => {
    const { provider } = account();
    weixinAnswers('some-other-app');
    const before = weixin.on('/cgi-bin/message/template/send').length;
    expect(await provider.send(OPENID, CONTENT)).toEqual({
      status: 'failed',
      error: 'WeChat access token: errcode 40013 invalid appid',
      retry: false,
    });
    expect(weixin.on('/cgi-bin/message/template/send').length).toBe(before);
  });

  it('does not keep a token that expires within five minutes', async () => {
    const { appId, provider, requests } = account();
    weixinAnswers(appId, { expiresIn: 200 });
    await provider.send(OPENID, CONTENT);
    await provider.send(OPENID, CONTENT);
    expect(requests('/cgi-bin/token')).toHaveLength(2);
  });

  it('shares one token fetch between concurrent sends (each fetch voids the one before)', async () => {
    const { appId, provider, requests } = account();
    weixinAnswers(appId);
    const results = await Promise.all([1, 2, 3].map(() => provider.send(OPENID, CONTENT)));
    expect(results.map((r) => r.status)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(requests('/cgi-bin/token')).toHaveLength(1);
  });

  it('gives up on a WeChat that does not answer in time, to retry later', async () => {
    const { provider } = account({ timeoutMs: 300 });
    weixin.handle(() => 'hang');
    expect(await provider.send(OPENID, CONTENT)).toEqual({
      status: 'failed',
      error: 'WeChat access token: No answer within 300 ms.',
      retry: true,
    });
  });

  it('sends template messages only', async () => {
    const { provider } = account();
    expect(await provider.send(OPENID, { text: 'plain' })).toMatchObject({ status: 'failed', retry: false });
  });
});
