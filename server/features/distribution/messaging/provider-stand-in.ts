// For tests: a real HTTP server on 127.0.0.1 standing in for an SMS gateway or api.weixin.qq.com.
// It records every request as received and answers with what the test's handler says, or never
// answers at all ('hang') to test deadlines.
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest {
  method: string;
  /** The path with its query string. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export type StandInAnswer = { status?: number; json?: unknown; text?: string } | 'hang';
export type StandInHandler = (req: StandInRequest) => StandInAnswer;

export interface StandIn {
  /** http://127.0.0.1:<port> */
  origin: string;
  received: StandInRequest[];
  /** Requests on this path (without query) so far. */
  on(path: string): StandInRequest[];
  handle(handler: StandInHandler): void;
  close(): Promise<void>;
}

export async function startStandIn(handler: StandInHandler = () => ({ json: {} })): Promise<StandIn> {
  const received: StandInRequest[] = [];
  let current = handler;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const request: StandInRequest = {
        method: req.method ?? '',
        url: req.url ?? '/',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      const answer = current(request);
      if (answer === 'hang') return;
      res.statusCode = answer.status ?? 200;
      if (answer.json !== undefined) {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(answer.json));
      } else {
        res.end(answer.text ?? '');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    on: (path) => received.filter((r) => r.path === path),
    handle: (next) => {
      current = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
