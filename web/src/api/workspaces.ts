import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { meKey } from './me';
import type { Language, Workspace } from './types';

export interface WorkspaceFields {
  name: string;
  defaultLanguage: Language;
  timeZone: string;
  currency: string;
}

export function useCreateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkspaceFields) => api<Workspace>('/workspaces', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}

export function useUpdateWorkspace(workspaceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<WorkspaceFields>) =>
      api<Workspace>(`/workspaces/${workspaceId}`, { method: 'PATCH', body }),
    // The workspace list (names, languages) comes with /me.
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}
