import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Location, LocationKind } from './types';

const key = (workspaceId: string) => ['ws', workspaceId, 'locations'] as const;

export function useLocations(workspaceId: string) {
  return useQuery({
    queryKey: key(workspaceId),
    queryFn: ({ signal }) =>
      api<{ items: Location[] }>(`/workspaces/${workspaceId}/locations`, { signal }).then((r) => r.items),
  });
}

export interface NewLocation {
  parentId: string | null;
  kind: LocationKind;
  name: string;
  code?: string;
  position?: number;
}

export interface LocationChanges {
  parentId?: string | null;
  name?: string;
  code?: string;
}

export function useLocationMutations(workspaceId: string) {
  const qc = useQueryClient();
  const base = `/workspaces/${workspaceId}/locations`;
  const onSuccess = () => qc.invalidateQueries({ queryKey: key(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (body: NewLocation) => api<Location>(base, { method: 'POST', body }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: LocationChanges & { id: string }) =>
        api<Location>(`${base}/${id}`, { method: 'PATCH', body }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`${base}/${id}`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
}
