// /api/v1/auth/* and /api/v1/me: sign in, sign out, who am I.
import { errorBodySchema } from '../../../common/errors';
import type { App } from '../http/types';
import { requireUser } from './authenticate';
import { getMe, updateMe } from './me';
import { SESSION_COOKIE } from './principal';
import { meSchema, signInBody, updateMeBody } from './schemas';
import { setSessionCookie } from './session-cookie';
import { deleteSession } from './session-store';
import { signIn } from './sign-in';

export default async function authRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;

  app.post(
    '/auth/sign-in',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: signInBody,
        response: { 200: meSchema, 401: errorBodySchema, 423: errorBodySchema },
      },
    },
    async (req, reply) => {
      const session = await signIn(db, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        ttlHours: env.SESSION_TTL_HOURS,
      });
      setSessionCookie(reply, session, env.publicUrl);
      return getMe(db, { userId: session.userId, csrfToken: session.csrfToken });
    },
  );

  app.post(
    '/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'End this session' } },
    async (req, reply) => {
      const me = requireUser(req);
      await deleteSession(db, me.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['auth'], summary: 'The signed-in person', response: { 200: meSchema } } },
    (req) => {
      const me = requireUser(req);
      return getMe(db, me);
    },
  );

  app.patch(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your name or language',
        body: updateMeBody,
        response: { 200: meSchema },
      },
    },
    async (req) => {
      const me = requireUser(req);
      await updateMe(db, me.userId, req.body);
      return getMe(db, me);
    },
  );
}
