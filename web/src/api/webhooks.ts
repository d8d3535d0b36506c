import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { useCursorList } from './list';
import type { CreatedWebhook, Delivery, Webhook } from './types';

const key = (workspaceId: string) => ['ws', workspaceId, 'webhooks'] as const;
const deliveriesKey = (workspaceId: string, webhookId: string) =>
  [...key(workspaceId), webhookId, 'deliveries'] as const;

export function useWebhooks(workspaceId: string) {
  return useCursorList<Webhook>(key(workspaceId), `/workspaces/${workspaceId}/webhooks`);
}

export function useWebhookEventTypes() {
  return useQuery({
    queryKey: ['webhook-event-types'],
    queryFn: ({ signal }) =>
      api<{ items: string[] }>('/webhook-event-types', { signal }).then((r) => r.items),
    staleTime: Infinity,
  });
}

/** Deliveries are made and retried by the job worker: poll while one is on its way. */
export function useDeliveries(workspaceId: string, webhookId: string) {
  return useCursorList<Delivery>(
    deliveriesKey(workspaceId, webhookId),
    `/workspaces/${workspaceId}/webhooks/${webhookId}/deliveries`,
    undefined,
    {
      refetchInterval: (items) =>
        items.length === 0 || items.some((d) => d.status === 'pending') ? 3000 : false,
    },
  );
}

export interface WebhookInput {
  url: string;
  description?: string;
  eventTypes: string[];
}

export function useWebhookMutations(workspaceId: string) {
  const qc = useQueryClient();
  const base = `/workspaces/${workspaceId}/webhooks`;
  // Not awaited: a secret or link that is shown once must appear as soon as it exists, not after the list reloads.
  const onSuccess = () => void qc.invalidateQueries({ queryKey: key(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (body: WebhookInput) => api<CreatedWebhook>(base, { method: 'POST', body }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: Partial<WebhookInput> & { id: string; active?: boolean }) =>
        api<Webhook>(`${base}/${id}`, { method: 'PATCH', body }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`${base}/${id}`, { method: 'DELETE' }),
      onSuccess,
    }),
    rotateSecret: useMutation({
      mutationFn: (id: string) => api<{ secret: string }>(`${base}/${id}/rotate-secret`, { method: 'POST' }),
    }),
    // A ping and a redelivery each add a row to the delivery log.
    ping: useMutation({
      mutationFn: (id: string) => api<unknown>(`${base}/${id}/ping`, { method: 'POST' }),
      onSuccess: (_r, id) => qc.invalidateQueries({ queryKey: deliveriesKey(workspaceId, id) }),
    }),
    redeliver: useMutation({
      mutationFn: ({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) =>
        api<unknown>(`${base}/${webhookId}/deliveries/${deliveryId}/redeliver`, { method: 'POST' }),
      onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: deliveriesKey(workspaceId, v.webhookId) }),
    }),
  };
}
