// The generic HTTP SMS adapter against a real HTTP server on loopback standing in for the gateway:
// the exact request (JSON and form bodies, each way of authenticating, the signature recomputed
// here), the message id read from the answer, and how each kind of answer is classified.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSmsConfigSchema } from '../../../../common/distribution/providers';
import { httpSmsProvider, type HttpSmsSecrets } from './http-sms';
import { outcomeOf } from './provider';
import { startStandIn, type StandIn } from './provider-stand-in';

let gateway: StandIn;
beforeAll(async () => {
  gateway = await startStandIn();
});
afterAll(() => gateway.close());

const TO = '+8613800138000';

function provider(config: Record<string, unknown>, secrets: HttpSmsSecrets = {}, more = {}) {
  return httpSmsProvider({
    config: httpSmsConfigSchema.parse({ url: `${gateway.origin}/v1/sms`, ...config }),
    secrets,
    allowPrivate: true,
    ...more,
  });
}

describe('HTTP SMS adapter', () => {
  it('POSTs JSON with the configured field names, a bearer token and a signature the gateway can recompute', async () => {
    gateway.handle(() => ({ json: { data: { id: 'msg-1' } } }));
    const sms = provider(
      {
        fields: { to: 'mobile', text: 'content', from: 'sign' },
        from: 'Rapport',
        auth: 'bearer',
        signatureHeader: 'X-Signature',
        messageIdPath: 'data.id',
      },
      { token: 'tok-123', signingKey: 'key-456' },
    );
    const result = await sms.send(TO, { text: '您好 https://r.example/s/x?t=1' });
    expect(result).toEqual({ status: 'delivered', providerMessageId: 'msg-1' });

    const req = gateway.received.at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/v1/sms');
    expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req.headers.authorization).toBe('Bearer tok-123');
    expect(JSON.parse(req.body)).toEqual({
      mobile: TO,
      content: '您好 https://r.example/s/x?t=1',
      sign: 'Rapport',
    });
    const timestamp = req.headers['x-timestamp'] as string;
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(600);
    const expected = createHmac('sha256', 'key-456').update(`${timestamp}.${req.body}`).digest('hex');
    expect(req.headers['x-signature']).toBe(expected);
  });

  it('POSTs a form with basic authentication, leaving out "from" when none is set, and signs nothing unless asked', async () => {
    gateway.handle(() => ({ json: { id: 77 } }));
    const sms = provider({ format: 'form', auth: 'basic' }, { username: 'ann', password: 'p:ss' });
    const result = await sms.send(TO, { text: 'Hi & welcome' });
    expect(result).toEqual({ status: 'delivered', providerMessageId: '77' });

    const req = gateway.received.at(-1)!;
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from('ann:p:ss').toString('base64')}`);
    expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({ to: TO, text: 'Hi & welcome' });
    expect(req.headers['x-timestamp']).toBeUndefined();
  });

  it('sends the token in a header of its own, and keeps a 64-bit message id whole', async () => {
    gateway.handle(() => ({ text: '{"messages":[{"id":9007199254740993123}]}' }));
    const sms = provider(
      { auth: 'header', authHeader: 'X-Api-Key', messageIdPath: 'messages[0].id' },
      { token: 'k-1' },
    );
    expect(await sms.send(TO, { text: 'x' })).toEqual({
      status: 'delivered',
      providerMessageId: '9007199254740993123',
    });
    expect(gateway.received.at(-1)!.headers['x-api-key']).toBe('k-1');
    expect(gateway.received.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('delivers with no id when the answer has none where the settings say', async () => {
    gateway.handle(() => ({ text: 'OK' }));
    expect(await provider({}).send(TO, { text: 'x' })).toEqual({
      status: 'delivered',
      providerMessageId: null,
    });
  });

  it('reads a 200 as sent only when the success field says so, for gateways that refuse in the body', async () => {
    // Aliyun's shape: {Code: 'OK', BizId} on success, another Code with a Message when refused.
    const aliyun = provider({ successPath: 'Code', successValues: ['OK'], messageIdPath: 'BizId' });
    gateway.handle(() => ({ json: { Code: 'OK', BizId: '900619746936498440^0', RequestId: 'r1' } }));
    expect(await aliyun.send(TO, { text: 'x' })).toEqual({
      status: 'delivered',
      providerMessageId: '900619746936498440^0',
    });
    gateway.handle(() => ({ json: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: 'invalid mobile' } }));
    expect(await aliyun.send(TO, { text: 'x' })).toEqual({
      status: 'failed',
      error:
        'HTTP 200, Code = isv.MOBILE_NUMBER_ILLEGAL: {"Code":"isv.MOBILE_NUMBER_ILLEGAL","Message":"invalid mobile"}',
      retry: false,
    });
    gateway.handle(() => ({ text: 'OK' }));
    expect(await aliyun.send(TO, { text: 'x' })).toEqual({
      status: 'failed',
      error: 'HTTP 200, Code = (none): OK',
      retry: false,
    });

    // Tencent's: the status of each number in a list; either spelling of "ok" may be accepted.
    const tencent = provider({
      successPath: 'Response.SendStatusSet[0].Code',
      successValues: ['Ok', 'OK'],
      messageIdPath: 'Response.SendStatusSet[0].SerialNo',
    });
    gateway.handle(() => ({
      json: { Response: { SendStatusSet: [{ Code: 'Ok', SerialNo: '2028:f825e6b16e23f73f4123' }] } },
    }));
    expect(await tencent.send(TO, { text: 'x' })).toEqual({
      status: 'delivered',
      providerMessageId: '2028:f825e6b16e23f73f4123',
    });
    gateway.handle(() => ({
      json: { Response: { SendStatusSet: [{ Code: 'LimitExceeded.PhoneNumberDailyLimit' }] } },
    }));
    expect(await tencent.send(TO, { text: 'x' })).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('Response.SendStatusSet[0].Code = LimitExceeded.PhoneNumberDailyLimit'),
      retry: false,
    });
  });

  it('calls 400, 404 and 422 a rejected recipient (a bounce), with the gateway’s words', async () => {
    for (const status of [400, 404, 422]) {
      gateway.handle(() => ({ status, json: { error: 'invalid mobile number' } }));
      const result = await provider({}).send(TO, { text: 'x' });
      expect(result).toEqual({
        status: 'rejected',
        error: `HTTP ${status}: {"error":"invalid mobile number"}`,
      });
      expect(outcomeOf(result)).toEqual({ status: 'bounced', error: (result as { error: string }).error });
    }
  });

  it('retries 5xx and 429 later, but not a refused authentication', async () => {
    const cases: [number, boolean][] = [
      [503, true],
      [500, true],
      [429, true],
      [401, false],
      [403, false],
    ];
    for (const [status, retry] of cases) {
      gateway.handle(() => ({ status, text: 'nope' }));
      expect(await provider({}).send(TO, { text: 'x' })).toEqual({
        status: 'failed',
        error: `HTTP ${status}: nope`,
        retry,
      });
    }
  });

  it('gives up on a gateway that does not answer in time, to retry later', async () => {
    gateway.handle(() => 'hang');
    const result = await provider({}, {}, { timeoutMs: 300 }).send(TO, { text: 'x' });
    expect(result).toEqual({ status: 'failed', error: 'No answer within 300 ms.', retry: true });
  });

  it('retries when nothing listens', async () => {
    const gone = await startStandIn();
    await gone.close();
    const sms = httpSmsProvider({
      config: httpSmsConfigSchema.parse({ url: `${gone.origin}/sms` }),
      secrets: {},
      allowPrivate: true,
    });
    expect(await sms.send(TO, { text: 'x' })).toMatchObject({ status: 'failed', retry: true });
  });

  it('refuses loopback addresses unless private targets are allowed, without calling them', async () => {
    const before = gateway.received.length;
    const result = await provider({}, {}, { allowPrivate: false }).send(TO, { text: 'x' });
    expect(result).toMatchObject({ status: 'failed', retry: false });
    expect((result as { error: string }).error).toContain('127.0.0.1');
    expect(gateway.received.length).toBe(before);
  });

  it('fails without retry, without calling, when a secret the settings need is missing', async () => {
    const before = gateway.received.length;
    expect(await provider({ auth: 'bearer' }).send(TO, { text: 'x' })).toEqual({
      status: 'failed',
      error: 'The bearer token is not set.',
      retry: false,
    });
    expect(gateway.received.length).toBe(before);
  });
});
