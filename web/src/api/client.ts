// The one way the console talks to the API: same-origin fetch with the session cookie, the CSRF
// token on every write, and failures turned into an ApiError carrying the API's {code, message, field}.
import type { ErrorBody, ErrorCode } from '../../../common/errors';

/** `network` is ours: the request never got an answer (offline, server down). */
export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

let csrfToken: string | null = null;

/** Set from the sign-in and /me answers; the server checks it on every cookie-authenticated write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Query = Record<string, string | number | null | undefined>;

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Reads the API's error shape; anything else (a proxy's HTML page, say) becomes a generic error. */
export function toApiError(status: number, body: unknown): ApiError {
  const err = (body as Partial<ErrorBody> | null)?.error;
  if (err && typeof err.code === 'string' && typeof err.message === 'string') {
    return new ApiError(status, err.code, err.message, err.field);
  }
  return new ApiError(status, status >= 500 ? 'internal' : 'validation_failed', `HTTP ${status}`);
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** Calls /api/v1 + path. Resolves with the parsed JSON (undefined for 204), rejects with ApiError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  // Only send a content type with a body: Fastify rejects an empty body declared as JSON.
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (WRITES.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  if (res.status === 204) return undefined as T;
  const body = parseJson(await res.text());
  if (!res.ok) throw toApiError(res.status, body);
  return body as T;
}
