import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from './principal';

/** httpOnly, SameSite=Lax, and Secure whenever Rapport is reached over https. */
export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  publicUrl: string,
) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl.startsWith('https:'),
    path: '/',
    expires: session.expiresAt,
  });
}
