// Sending bodies gzipped to the clients that take it: survey pages, kiosks and the widget reach
// phones on slow networks. Prepared files (scripts, styles) are gzipped once when built; pages are
// gzipped as they go out.
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const acceptsGzip = (req: FastifyRequest) => /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');

/** A file kept in both forms (its bytes and its gzipped bytes). */
export function sendPrepared(
  req: FastifyRequest,
  reply: FastifyReply,
  file: { body: Buffer; gzipped: Buffer },
) {
  reply.header('vary', 'accept-encoding');
  return acceptsGzip(req)
    ? reply.header('content-encoding', 'gzip').send(file.gzipped)
    : reply.send(file.body);
}

/** An HTML page with its headers (CSP, caching), gzipped on the way out when the browser takes it. */
export function sendHtml(reply: FastifyReply, status: number, html: string, headers: Record<string, string>) {
  reply.status(status).headers(headers).header('vary', 'accept-encoding').type('text/html; charset=utf-8');
  return acceptsGzip(reply.request)
    ? reply.header('content-encoding', 'gzip').send(gzipSync(html))
    : reply.send(html);
}
