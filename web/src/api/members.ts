import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { useCursorList } from './list';
import { meKey } from './me';
import type { Member, Role } from './types';

const key = (workspaceId: string) => ['ws', workspaceId, 'members'] as const;

export function useMembers(workspaceId: string) {
  return useCursorList<Member>(key(workspaceId), `/workspaces/${workspaceId}/members`);
}

export function useMemberMutations(workspaceId: string) {
  const qc = useQueryClient();
  const base = `/workspaces/${workspaceId}/members`;
  // Changing or removing yourself changes your own workspaces and roles too.
  const onSuccess = async () => {
    await qc.invalidateQueries({ queryKey: key(workspaceId) });
    await qc.invalidateQueries({ queryKey: meKey });
  };
  return {
    changeRole: useMutation({
      mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
        api<Member>(`${base}/${userId}`, { method: 'PATCH', body: { role } }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (userId: string) => api<void>(`${base}/${userId}`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
}
