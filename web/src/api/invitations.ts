import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { useCursorList } from './list';
import { storeMe } from './me';
import type { CreatedInvitation, Invitation, InvitationPreview, Me, Role } from './types';

const key = (workspaceId: string) => ['ws', workspaceId, 'invitations'] as const;

export function useInvitations(workspaceId: string) {
  return useCursorList<Invitation>(key(workspaceId), `/workspaces/${workspaceId}/invitations`);
}

export function useInvitationMutations(workspaceId: string) {
  const qc = useQueryClient();
  const base = `/workspaces/${workspaceId}/invitations`;
  // Not awaited: a secret or link that is shown once must appear as soon as it exists, not after the list reloads.
  const onSuccess = () => void qc.invalidateQueries({ queryKey: key(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (body: { email: string; role: Role }) =>
        api<CreatedInvitation>(base, { method: 'POST', body }),
      onSuccess,
    }),
    revoke: useMutation({
      mutationFn: (id: string) => api<unknown>(`${base}/${id}`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
}

/** The public side: what an invitation link is for, and accepting it. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => api<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`, { signal }),
  });
}

export function useAcceptInvitation(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; password: string }) =>
      api<Me>(`/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body }),
    onSuccess: (me) => storeMe(qc, me),
  });
}
