import { describe, expect, it } from 'vitest';
import { providerBody } from '../../../../../common/distribution/providers';
import type { Provider } from '../../../api/distribution';
import { smsBody, smsFormValues, wechatBody, wechatFormValues } from './provider-form';

const saved: Provider = {
  channel: 'sms',
  adapter: 'http',
  config: {
    url: 'https://sms.example.com/send',
    format: 'form',
    fields: { to: 'mobile', text: 'content', from: 'sign' },
    from: 'Rapport',
    auth: 'bearer',
    signatureHeader: 'X-Signature',
    messageIdPath: 'data.id',
  },
  secretsSet: ['token', 'signingKey'],
  updatedAt: '2026-11-23T00:00:00.000Z',
};

describe('the SMS provider form', () => {
  it('starts from the saved settings, with the secrets empty', () => {
    const values = smsFormValues(saved);
    expect(values.config).toMatchObject({
      url: 'https://sms.example.com/send',
      format: 'form',
      auth: 'bearer',
    });
    expect(values.secrets).toEqual({});
  });

  it('sends only the secrets typed in, and only those the way of signing in uses', () => {
    const values = smsFormValues(saved);
    const body = smsBody({ ...values, secrets: { token: '', password: 'left over', signingKey: ' k3y ' } });
    expect(body.secrets).toEqual({ signingKey: ' k3y ' });
    expect(body.config).toMatchObject({ signatureHeader: 'X-Signature', messageIdPath: 'data.id' });
    expect(body.config).not.toHaveProperty('authHeader');
    expect(providerBody.safeParse(body).success).toBe(true);
  });

  it('sends the success check only with a field named, its values trimmed', () => {
    const values = smsFormValues({
      ...saved,
      config: { ...saved.config, successPath: 'Code', successValues: ['OK'] },
    });
    expect(values.config).toMatchObject({ successPath: 'Code', successValues: ['OK'] });
    const body = smsBody({ ...values, config: { ...values.config, successValues: [' OK ', '', 'Ok'] } });
    expect(body.config).toMatchObject({ successPath: 'Code', successValues: ['OK', 'Ok'] });
    expect(providerBody.safeParse(body).success).toBe(true);

    const unchecked = smsBody({
      ...values,
      config: { ...values.config, successPath: ' ', successValues: ['OK'] },
    });
    expect(unchecked.config).not.toHaveProperty('successPath');
    expect(unchecked.config).not.toHaveProperty('successValues');
  });

  it('saves a gateway without secrets: the submitted form then has no secrets at all', () => {
    const { secrets: _none, ...values } = smsFormValues(undefined);
    const body = smsBody({ ...values, config: { ...values.config, url: 'https://gw.example.cn/sms' } });
    expect(body.secrets).toEqual({});
    expect(providerBody.safeParse(body).success).toBe(true);
  });

  it('sends the header name only for header authentication, and no signature header when blank', () => {
    const values = smsFormValues(undefined);
    const body = smsBody({
      ...values,
      config: {
        ...values.config,
        url: ' https://gw.example.cn/sms ',
        auth: 'header',
        authHeader: 'X-Api-Key',
        signatureHeader: ' ',
      },
      secrets: { token: 'abc', signingKey: 'unused' },
    });
    expect(body).toMatchObject({
      adapter: 'http',
      config: { url: 'https://gw.example.cn/sms', auth: 'header', authHeader: 'X-Api-Key' },
      secrets: { token: 'abc' },
    });
    expect(body.config).not.toHaveProperty('signatureHeader');
    expect(providerBody.safeParse(body).success).toBe(true);
  });
});

describe('the WeChat provider form', () => {
  it('defaults to WeChat’s own API and keeps a saved app secret unless a new one is typed', () => {
    const values = wechatFormValues(undefined);
    expect(values.config.apiBase).toBe('https://api.weixin.qq.com');
    expect(wechatBody({ config: { appId: ' wx123 ', apiBase: '' }, secrets: { appSecret: '' } })).toEqual({
      adapter: 'wechat_template',
      config: { appId: 'wx123', apiBase: 'https://api.weixin.qq.com' },
      secrets: {},
    });
  });
});
