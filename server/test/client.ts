// A tiny API client over app.inject that carries a session cookie and CSRF token, or an API key.
import type { App } from '../platform/http/types';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Client {
  request(
    method: Method,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: any; headers: Record<string, unknown>; raw: Buffer }>;
  get(url: string): ReturnType<Client['request']>;
  post(url: string, body?: unknown): ReturnType<Client['request']>;
  patch(url: string, body?: unknown): ReturnType<Client['request']>;
  delete(url: string): ReturnType<Client['request']>;
  cookie?: string;
  csrfToken?: string;
}

export function client(
  app: App,
  auth: { cookie?: string; csrfToken?: string; bearer?: string } = {},
): Client {
  const request: Client['request'] = async (method, url, body) => {
    const headers: Record<string, string> = {};
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.csrfToken) headers['x-csrf-token'] = auth.csrfToken;
    if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
    const res = await app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return {
      status: res.statusCode,
      body: res.body ? safeJson(res.body) : null,
      headers: res.headers,
      raw: res.rawPayload,
    };
  };
  return {
    ...auth,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Signs in through the API and returns a client that carries the session. */
export async function signedIn(app: App, user: { email: string; password: string }): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: user });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'rapport_session');
  return client(app, {
    cookie: `rapport_session=${cookie!.value}`,
    csrfToken: JSON.parse(res.body).csrfToken,
  });
}
