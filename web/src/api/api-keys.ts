import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { useCursorList } from './list';
import type { ApiKey, CreatedApiKey, Role } from './types';

const key = (workspaceId: string) => ['ws', workspaceId, 'api-keys'] as const;

export function useApiKeys(workspaceId: string) {
  return useCursorList<ApiKey>(key(workspaceId), `/workspaces/${workspaceId}/api-keys`);
}

export function useApiKeyMutations(workspaceId: string) {
  const qc = useQueryClient();
  const base = `/workspaces/${workspaceId}/api-keys`;
  // Not awaited: a secret or link that is shown once must appear as soon as it exists, not after the list reloads.
  const onSuccess = () => void qc.invalidateQueries({ queryKey: key(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (body: { name: string; role: Role }) => api<CreatedApiKey>(base, { method: 'POST', body }),
      onSuccess,
    }),
    revoke: useMutation({
      mutationFn: (id: string) => api<ApiKey>(`${base}/${id}`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
}
