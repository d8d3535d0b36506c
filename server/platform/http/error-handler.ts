// Turns every failure into {"error":{"code","message","field"}}: AppErrors keep their code, zod
// validation failures become 400 naming the field, Fastify's own client errors keep their 4xx,
// and anything else is logged and answered with a bare 500.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../../common/errors';
import { AppError, type ErrorDetail } from '../errors';

const body = (code: ErrorCode, message: string, field?: string, details?: ErrorDetail[]): ErrorBody => ({
  error: { code, message, ...(field ? { field } : {}), ...(details ? { details } : {}) },
});

function fieldOf(instancePath: string, params: unknown): string | undefined {
  const missing = (params as { issue?: { path?: unknown[] } })?.issue?.path;
  const fromPath = instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (fromPath) return fromPath;
  return Array.isArray(missing) && missing.length ? missing.join('.') : undefined;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(error.status).send(body(error.code, error.message, error.field, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = first ? fieldOf(first.instancePath, first.params) : undefined;
      return reply.status(400).send(body('validation_failed', first?.message ?? 'Invalid request.', field));
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return reply.status(429).send(body('rate_limited', 'Too many requests. Slow down.'));
    if (status === 415) return reply.status(415).send(body('unsupported_media_type', error.message));
    if (status === 413) return reply.status(413).send(body('payload_too_large', error.message));
    if (status >= 400 && status < 500) {
      return reply.status(status).send(body('validation_failed', error.message));
    }
    req.log.error({ err: error }, 'request failed');
    return reply.status(500).send(body('internal', 'Something went wrong on our side.'));
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send(body('not_found', `No route ${req.method} ${req.url}.`)),
  );
}
