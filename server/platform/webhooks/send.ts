// One HTTP POST to a webhook's URL, with the address guard on, a hard deadline, no redirects
// followed and no pooled connections. It never throws: the outcome is a status code or an error.
import http from 'node:http';
import https from 'node:https';
import { publicOnlyLookup, refusalBeforeLookup } from './target-url';

export interface SendOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  /** env.WEBHOOKS_ALLOW_PRIVATE */
  allowPrivate: boolean;
  /** The whole exchange, from DNS to the answer's last byte we read. */
  timeoutMs: number;
}

export interface SendOutcome {
  /** The answer's status; null when there was no answer. */
  statusCode: number | null;
  /** null on a 2xx; otherwise what went wrong, short enough for the delivery log. */
  error: string | null;
}

/** How much of a non-2xx answer we keep in the delivery log. */
const ANSWER_EXCERPT = 200;

export function sendWebhook(opts: SendOptions): Promise<SendOutcome> {
  const url = new URL(opts.url);
  const refusal = refusalBeforeLookup(url, opts.allowPrivate);
  if (refusal) return Promise.resolve({ statusCode: null, error: refusal });
  return new Promise((resolve) => {
    let answered: number | null = null;
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: { ...opts.headers, 'Content-Length': String(Buffer.byteLength(opts.body)) },
        agent: false,
        lookup: opts.allowPrivate ? undefined : publicOnlyLookup,
        signal: AbortSignal.timeout(opts.timeoutMs),
      },
      (res) => {
        const statusCode = res.statusCode ?? 0;
        answered = statusCode;
        const ok = statusCode >= 200 && statusCode < 300;
        let answer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          answer += chunk;
          if (answer.length >= ANSWER_EXCERPT) res.destroy();
        });
        res.on('error', () => {});
        res.on('close', () => resolve({ statusCode, error: ok ? null : describeAnswer(statusCode, answer) }));
      },
    );
    request.on('error', (e: NodeJS.ErrnoException) => {
      // An answer whose body stalls still counts by its status; the close handler resolves it.
      if (answered !== null) return;
      const timedOut = e.name === 'AbortError' || e.name === 'TimeoutError';
      resolve({ statusCode: null, error: timedOut ? `No answer within ${opts.timeoutMs} ms.` : e.message });
    });
    request.end(opts.body);
  });
}

function describeAnswer(statusCode: number, answer: string): string {
  const excerpt = answer.replace(/\s+/g, ' ').trim().slice(0, ANSWER_EXCERPT);
  return excerpt ? `HTTP ${statusCode}: ${excerpt}` : `HTTP ${statusCode}`;
}
