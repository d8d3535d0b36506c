// Builds the Fastify app: security headers, cookies, validation, OpenAPI, authentication, the API
// routes and the console. Tests build it too, against their own database.
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { registerApiRoutes } from './api-routes';
import { registerPublicRoutes } from './public-routes';
import { registerConsole } from './console';
import { registerAuthentication } from './platform/auth/authenticate';
import { registerErrorHandler } from './platform/http/error-handler';
import type { App, AppDeps } from './platform/http/types';

export interface BuildAppOptions extends AppDeps {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built console from web/dist (off in API tests). */
  serveConsole?: boolean;
}

export async function buildApp(opts: BuildAppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: opts.env.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('deps', { db: opts.db, env: opts.env, mailer: opts.mailer });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  // An empty body sent as application/json (a bodiless POST from fetch) means "no body", not an error.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) =>
    body === '' ? done(null, undefined) : parseJson(req, body as string, done),
  );

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // Ant Design writes its styles at run time; scripts stay 'self' only.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
      },
    },
    // Secure cookies and HSTS only make sense when people reach us over https.
    strictTransportSecurity: opts.env.publicUrl.startsWith('https:'),
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Rapport API',
        version: '1',
        description: 'Customer experience management. See docs/API.md.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: Authorization: Bearer rpk_…' },
          session: { type: 'apiKey', in: 'cookie', name: 'rapport_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  app.get('/healthz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`SELECT 1`.execute(opts.db);
      return { status: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  registerAuthentication(app);
  await app.register(registerApiRoutes, { prefix: '/api/v1' });
  await app.register(registerPublicRoutes);
  if (opts.serveConsole) await registerConsole(app);
  return app;
}
