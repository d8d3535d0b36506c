import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setCsrfToken, toApiError, withQuery } from './client';

function answer(status: number, body?: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api()', () => {
  it('sends the CSRF token on writes only, same-origin with credentials', async () => {
    setCsrfToken('tok');
    const fetchMock = answer(200, { ok: true });
    await api('/me');
    await api('/me', { method: 'PATCH', body: { locale: 'es' } });
    const [getUrl, get] = fetchMock.mock.calls[0]!;
    const [, patch] = fetchMock.mock.calls[1]!;
    expect(getUrl).toBe('/api/v1/me');
    expect(get.credentials).toBe('same-origin');
    expect(get.headers).not.toHaveProperty('x-csrf-token');
    expect(get.headers).not.toHaveProperty('content-type');
    expect(patch.headers).toMatchObject({ 'x-csrf-token': 'tok', 'content-type': 'application/json' });
    expect(patch.body).toBe('{"locale":"es"}');
  });

  it('turns the error shape into an ApiError with code, message and field', async () => {
    answer(400, { error: { code: 'validation_failed', message: 'Invalid email address', field: 'email' } });
    const e = await api('/x', { method: 'POST', body: {} }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 400, code: 'validation_failed', field: 'email' });
    expect((e as ApiError).message).toBe('Invalid email address');
  });

  it('answers undefined for 204', async () => {
    answer(204);
    expect(await api('/auth/sign-out', { method: 'POST' })).toBeUndefined();
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(api('/me')).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

describe('helpers', () => {
  it('drops empty query values', () => {
    expect(withQuery('/a', { cursor: null, limit: 20, action: '' })).toBe('/a?limit=20');
    expect(withQuery('/a')).toBe('/a');
  });

  it('copes with bodies that are not the error shape', () => {
    expect(toApiError(502, '<html>')).toMatchObject({ code: 'internal', status: 502 });
    expect(toApiError(404, null)).toMatchObject({ code: 'validation_failed', status: 404 });
  });
});
