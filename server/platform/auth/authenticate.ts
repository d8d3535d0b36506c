// Authentication for /api: a session cookie or an "Authorization: Bearer" API key becomes
// req.principal; cookie-authenticated writes must carry the session's CSRF token.
// authorize() then turns a principal plus a workspace into an Actor, or refuses.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../actor';
import { AppError, forbidden, notFound, unauthenticated } from '../errors';
import { safeEqual, UUID } from '../ids';
import { can, type Action } from '../policies';
import { CSRF_HEADER, SESSION_COOKIE, type Principal } from './principal';
import { findLiveApiKey, memberRole } from './principal-lookups';
import { findLiveSession } from './session-store';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthentication(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/v1/')) return;
    const { db } = app.deps;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      const key = await findLiveApiKey(db, bearer);
      if (!key) throw unauthenticated('The API key is not valid.');
      req.principal = { kind: 'apikey', apiKeyId: key.id, workspaceId: key.workspace_id, role: key.role };
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await findLiveSession(db, token);
    if (!session) return;
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrf_token)) {
        throw new AppError(403, 'csrf_failed', 'The CSRF token is missing or wrong. Reload the page.');
      }
    }
    req.principal = {
      kind: 'session',
      userId: session.user_id,
      sessionId: session.id,
      csrfToken: session.csrf_token,
    };
  });
}

export function requireUser(req: FastifyRequest): Extract<Principal, { kind: 'session' }> {
  if (req.principal?.kind !== 'session') {
    throw req.principal ? forbidden('This needs a signed-in person, not an API key.') : unauthenticated();
  }
  return req.principal;
}

/**
 * The one gate in front of workspace data: the principal must belong to the workspace (else 404,
 * so that ids of other workspaces reveal nothing) and its role must allow the action (else 403).
 */
export async function authorize(req: FastifyRequest, workspaceId: string, action: Action): Promise<Actor> {
  const p = req.principal;
  if (!p) throw unauthenticated();
  if (!UUID.test(workspaceId)) throw notFound('workspace');
  let actor: Actor;
  if (p.kind === 'apikey') {
    if (p.workspaceId !== workspaceId) throw notFound('workspace');
    actor = { workspaceId, role: p.role, userId: null, apiKeyId: p.apiKeyId, sessionId: null, ip: req.ip };
  } else {
    const role = await memberRole(req.server.deps.db, workspaceId, p.userId);
    if (!role) throw notFound('workspace');
    actor = {
      workspaceId,
      role,
      userId: p.userId,
      apiKeyId: null,
      sessionId: p.sessionId,
      ip: req.ip,
    };
  }
  if (!can(actor.role, action)) throw forbidden();
  return actor;
}
