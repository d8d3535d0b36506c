// The signed-in person: /me is the source of truth for "am I signed in", my workspaces and the
// CSRF token. A 401 from /me means "signed out" (null), not an error.
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from './client';
import type { Language, Me } from './types';

export const meKey = ['me'] as const;

export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export const meQuery = queryOptions({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

/** Stores a fresh /me body (sign-in, invitation acceptance) as if /me had been fetched. */
export function storeMe(qc: QueryClient, me: Me): void {
  setCsrfToken(me.csrfToken);
  qc.setQueryData(meKey, me);
}

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api<Me>('/auth/sign-in', { method: 'POST', body }),
    onSuccess: (me) => storeMe(qc, me),
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/auth/sign-out', { method: 'POST' }),
    // Forget everything cached for this person, whatever the server said.
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}

export function useUpdateMe() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; locale?: Language | null }) =>
      api<Me>('/me', { method: 'PATCH', body }),
    onSuccess: (me) => storeMe(qc, me),
  });
}
