// Which sites may read the widget's answers (CORS). Each widget lists the sites it runs on; an
// empty list means any site. No credentials are ever allowed: the widget sends no cookies.
import type { FastifyReply } from 'fastify';

/** An origin as browsers send it (lower case, no default port); null when it is not one. */
export function normaliseOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/** Whether a widget with these allowed origins may run on the site `origin` (absent: not a browser). */
export function originAllowed(allowedOrigins: readonly string[], origin: string | undefined): boolean {
  if (allowedOrigins.length === 0 || origin === undefined) return true;
  const site = normaliseOrigin(origin);
  return site !== null && allowedOrigins.some((o) => normaliseOrigin(o) === site);
}

/**
 * Access-Control-Allow-Origin for a workspace whose live widgets allow these lists of sites: `*`
 * when one of them runs anywhere, the request's own origin when some widget lists it, else none
 * (the browser then refuses the site the answer).
 */
export function allowOriginFor(
  lists: readonly (readonly string[])[],
  origin: string | undefined,
): string | null {
  if (lists.some((list) => list.length === 0)) return '*';
  if (origin !== undefined && lists.some((list) => originAllowed(list, origin))) return origin;
  return null;
}

/** Sets the CORS answer; Vary: Origin always, since the answer depends on it. */
export function sendCorsHeaders(reply: FastifyReply, allowOrigin: string | null): void {
  reply.header('vary', 'Origin');
  if (allowOrigin) reply.header('access-control-allow-origin', allowOrigin);
}
