// Saved customer segments (M4): a definition of conditions, its live count, and the preview the
// builder asks for while conditions change. The definition's types are common/customers/segments.ts
// (types only: its zod schemas stay on the server).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { AttributeOp, SegmentCondition, SegmentDefinition } from '../../../common/customers/segments';
import type { CustomerSummary } from './customers';
import { useCursorList } from './list';

export const COMPARE_OPS = ['gt', 'gte', 'lt', 'lte', 'eq'] as const;
export const NPS_GROUPS = ['promoter', 'passive', 'detractor'] as const;

export type { AttributeOp, SegmentDefinition };
export type Condition = SegmentCondition;
export type ConditionField = Condition['field'];

export interface Segment {
  id: string;
  name: string;
  definition: SegmentDefinition;
  /** Customers matching now. */
  count: number;
  createdAt: string;
  updatedAt: string;
}

export interface SegmentPreview {
  count: number;
  sample: CustomerSummary[];
}

const key = (workspaceId: string) => ['ws', workspaceId, 'segments'] as const;
const base = (workspaceId: string) => `/workspaces/${workspaceId}/segments`;

export function useSegments(workspaceId: string) {
  return useCursorList<Segment>([...key(workspaceId), 'list'], base(workspaceId));
}

/** Every segment's id and name, for a filter's choices (the first 100). */
export function useSegmentChoices(workspaceId: string) {
  return useQuery({
    queryKey: [...key(workspaceId), 'choices'],
    queryFn: ({ signal }) =>
      api<{ items: Segment[] }>(base(workspaceId), { query: { limit: 100 }, signal }).then((r) => r.items),
  });
}

export function useSegment(workspaceId: string, segmentId: string | null) {
  return useQuery({
    queryKey: [...key(workspaceId), 'one', segmentId],
    queryFn: ({ signal }) => api<Segment>(`${base(workspaceId)}/${segmentId}`, { signal }),
    enabled: segmentId !== null,
  });
}

/** The count and a sample for a definition; null while the builder's conditions are incomplete. */
export function useSegmentPreview(workspaceId: string, definition: SegmentDefinition | null) {
  return useQuery({
    queryKey: [...key(workspaceId), 'preview', definition],
    queryFn: ({ signal }) =>
      api<SegmentPreview>(`${base(workspaceId)}/preview`, { method: 'POST', body: { definition }, signal }),
    enabled: definition !== null,
    // Keep the last count on screen while the next one loads: the number should not flicker away.
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export interface SegmentInput {
  name: string;
  definition: SegmentDefinition;
}

export function useSegmentMutations(workspaceId: string) {
  const qc = useQueryClient();
  const path = base(workspaceId);
  const changed = (s: Segment) => {
    qc.setQueryData([...key(workspaceId), 'one', s.id], s);
    void qc.invalidateQueries({ queryKey: [...key(workspaceId), 'list'] });
    void qc.invalidateQueries({ queryKey: [...key(workspaceId), 'choices'] });
  };
  return {
    create: useMutation({
      mutationFn: (body: SegmentInput) => api<Segment>(path, { method: 'POST', body }),
      onSuccess: changed,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: Partial<SegmentInput> & { id: string }) =>
        api<Segment>(`${path}/${id}`, { method: 'PATCH', body }),
      onSuccess: changed,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`${path}/${id}`, { method: 'DELETE' }),
      onSuccess: (_r, id) => {
        qc.removeQueries({ queryKey: [...key(workspaceId), 'one', id] });
        void qc.invalidateQueries({ queryKey: [...key(workspaceId), 'list'] });
        void qc.invalidateQueries({ queryKey: [...key(workspaceId), 'choices'] });
      },
    }),
  };
}
