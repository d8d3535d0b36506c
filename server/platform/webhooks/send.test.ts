// The HTTP sender against real sockets on 127.0.0.1 (private addresses allowed here).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendWebhook } from './send';
import { startReceiver, type Receiver } from './test-receiver';

let rx: Receiver;
let silent: http.Server;
let silentUrl: string;

beforeAll(async () => {
  rx = await startReceiver();
  // Takes the request and never answers.
  silent = http.createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await rx?.close();
  silent?.closeAllConnections();
  await new Promise((resolve) => silent?.close(resolve));
});

const send = (url: string, timeoutMs = 5000) =>
  sendWebhook({ url, body: '{"a":1}', headers: { 'X-Test': 'yes' }, allowPrivate: true, timeoutMs });

describe('sendWebhook', () => {
  it('POSTs the body and headers and reports a 2xx as success', async () => {
    rx.answer('/ok', 204);
    expect(await send(`${rx.origin}/ok`)).toEqual({ statusCode: 204, error: null });
    const [req] = rx.on('/ok');
    expect(req!.body).toBe('{"a":1}');
    expect(req!.headers['x-test']).toBe('yes');
    expect(req!.headers['content-length']).toBe('7');
  });

  it('does not follow redirects', async () => {
    rx.answer('/moved', 302);
    expect(await send(`${rx.origin}/moved`)).toEqual({
      statusCode: 302,
      error: 'HTTP 302: receiver says no',
    });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    expect(await send(silentUrl, 200)).toEqual({ statusCode: null, error: 'No answer within 200 ms.' });
  });

  it('reports a refused connection', async () => {
    const closed = await startReceiver();
    await closed.close();
    const outcome = await send(`${closed.origin}/`);
    expect(outcome.statusCode).toBeNull();
    expect(outcome.error).toMatch(/ECONNREFUSED/);
  });
});
