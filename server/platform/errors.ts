// Every failure the API reports is an AppError with a stable code; the error handler in app.ts
// turns it into {"error":{"code","message","field"}}. Anything else becomes a logged 500.
import type { ErrorBody, ErrorCode } from '../../common/errors';

export type ErrorDetail = NonNullable<ErrorBody['error']['details']>[number];

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Sent as the Retry-After header (seconds), for answers that say "not now". */
    readonly retryAfterSeconds?: number,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) =>
  new AppError(400, 'validation_failed', message, field);
export const unauthenticated = (message = 'Sign in first.') => new AppError(401, 'unauthenticated', message);
export const forbidden = (message = 'Your role does not allow this.') =>
  new AppError(403, 'forbidden', message);
export const notFound = (what = 'resource') => new AppError(404, 'not_found', `No such ${what}.`);
export const conflict = (message: string, field?: string) => new AppError(409, 'conflict', message, field);

/** PostgreSQL unique_violation, for turning a race on a unique key into a 409. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string };
  return err?.code === '23505' && (!constraint || err.constraint === constraint);
}
