// One HTTP exchange with an SMS gateway or WeChat's API, guarded like webhooks: http(s) only, and
// unless WEBHOOKS_ALLOW_PRIVATE no loopback or private address — checked on the literal address
// and again inside the request's own DNS lookup (platform/webhooks/target-url.ts), so a host name
// cannot later be made to resolve into the server's network (DNS rebinding). That lookup hook is
// why this uses node:http rather than fetch, which offers none without the undici package. No
// redirects are followed, no connection is pooled, the whole exchange has a deadline.
// It never throws. Error texts never contain the URL: WeChat's carries the access token.
import http from 'node:http';
import https from 'node:https';
import { publicOnlyLookup, refusalBeforeLookup } from '../../../platform/webhooks/target-url';

export interface ProviderRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** env.WEBHOOKS_ALLOW_PRIVATE */
  allowPrivate: boolean;
  /** The whole exchange, from DNS to the answer's last byte. */
  timeoutMs: number;
}

export type ProviderExchange =
  | { answered: true; status: number; body: string }
  /** No answer: `retry` when the cause may pass (a timeout, a refused connection). */
  | { answered: false; error: string; retry: boolean };

/** Provider answers are small JSON documents; anything longer is cut here. */
const MAX_ANSWER_BYTES = 64 * 1024;

export function providerRequest(req: ProviderRequest): Promise<ProviderExchange> {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return Promise.resolve({ answered: false, error: 'The provider URL is not a valid URL.', retry: false });
  }
  const refusal = refusalBeforeLookup(url, req.allowPrivate);
  if (refusal) return Promise.resolve({ answered: false, error: refusal, retry: false });

  return new Promise((resolve) => {
    let status: number | null = null;
    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(req.body));
    let request: http.ClientRequest;
    try {
      request = (url.protocol === 'https:' ? https : http).request(
        url,
        {
          method: req.method,
          headers,
          agent: false,
          lookup: req.allowPrivate ? undefined : publicOnlyLookup,
          signal: AbortSignal.timeout(req.timeoutMs),
        },
        (res) => {
          status = res.statusCode ?? 0;
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            chunks.push(chunk);
            size += chunk.length;
            if (size >= MAX_ANSWER_BYTES) res.destroy();
          });
          res.on('error', () => {});
          res.on('close', () =>
            resolve({
              answered: true,
              status: status!,
              body: Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8'),
            }),
          );
        },
      );
    } catch (e) {
      // A header value the settings made invalid (a line break in a token, a bad header name).
      return resolve({ answered: false, error: `Invalid request: ${(e as Error).message}`, retry: false });
    }
    request.on('error', (e: NodeJS.ErrnoException) => {
      // An answer whose body stalls still counts by its status; the close handler resolves it.
      if (status !== null) return;
      if (e.name === 'AbortError' || e.name === 'TimeoutError') {
        return resolve({ answered: false, error: `No answer within ${req.timeoutMs} ms.`, retry: true });
      }
      if (e.code === 'EPRIVATEADDRESS') {
        return resolve({
          answered: false,
          error: `${url.hostname} resolves to a loopback, private or reserved address.`,
          retry: false,
        });
      }
      resolve({
        answered: false,
        error: `No answer from ${url.hostname}: ${e.code ?? e.message}`,
        retry: true,
      });
    });
    request.end(req.body);
  });
}
