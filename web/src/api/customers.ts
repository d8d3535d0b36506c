// Customers (M4): the list, one profile with its identities and value, custom fields, the timeline,
// merging two customers, duplicates, export and erase. The shapes mirror
// server/features/customers/schemas.ts and the merge, privacy and activity routes beside it; only
// types cross over from common/ (its values would pull zod into the main bundle).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentChannel, IdentityInput, IdentityKind } from '../../../common/customers/identities';
import type { ConsumerType, RfmSegment } from '../../../common/customers/value';
import { api } from './client';
import { useCursorList } from './list';
import type { Language } from './types';

export type { ConsentChannel, ConsumerType, IdentityInput, IdentityKind, RfmSegment };

export const IDENTITY_KINDS = [
  'email',
  'phone',
  'wechat_openid',
  'wechat_unionid',
  'member_id',
  'external_id',
] as const satisfies readonly IdentityKind[];
export const CONSENT_CHANNELS = [
  'email',
  'sms',
  'wechat',
  'phone',
] as const satisfies readonly ConsentChannel[];
// Fail to compile when common/ gains a kind or channel the lists above do not have.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
export const identityKindsComplete: Missing<IdentityKind, (typeof IDENTITY_KINDS)[number]> = true;
export const consentChannelsComplete: Missing<ConsentChannel, (typeof CONSENT_CHANNELS)[number]> = true;

/** PRODUCT.md's named RFM segments, best first. */
export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potential_loyalists',
  'new',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose',
  'hibernating',
] as const satisfies readonly RfmSegment[];
export const rfmSegmentsComplete: Missing<RfmSegment, (typeof RFM_SEGMENTS)[number]> = true;

export const CONSUMER_TYPES = [
  'loyal',
  'purposeful',
  'occasional',
  'information_seeking',
] as const satisfies readonly ConsumerType[];
export const consumerTypesComplete: Missing<ConsumerType, (typeof CONSUMER_TYPES)[number]> = true;

export interface CustomerSummary {
  id: string;
  name: string;
  tags: string[];
  /** The first email and phone the customer was known by. */
  email: string | null;
  phone: string | null;
  rfmSegment: string | null;
  consumerType: string | null;
  createdAt: string;
}

export interface Identity {
  kind: IdentityKind;
  /** Normalised: lower-case email, E.164 phone. */
  value: string;
  source: string;
  createdAt: string;
}

export interface Consent {
  status: 'granted' | 'withdrawn';
  at: string;
  source: string;
}

export interface CustomerValue {
  recencyDays: number | null;
  frequency: number;
  monetary: number;
  r: number | null;
  f: number | null;
  m: number | null;
  rfmSegment: string | null;
  clv: number;
  consumerType: ConsumerType | null;
  /** The rule that placed the customer in its consumer type, in words. */
  consumerRule: string | null;
  computedAt: string;
}

export type AttributeValue = string | number | boolean;

export interface Customer {
  id: string;
  name: string;
  attributes: Record<string, AttributeValue>;
  tags: string[];
  language: string | null;
  preferredChannel: string | null;
  /** IANA name; quiet hours use it, else the workspace's. */
  timeZone: string | null;
  consent: Partial<Record<string, Consent>>;
  identities: Identity[];
  value: CustomerValue | null;
  createdAt: string;
  updatedAt: string;
}

export interface ConsentInput {
  status: 'granted' | 'withdrawn';
  source?: string;
}

export interface NewCustomer {
  name: string;
  identities?: IdentityInput[];
  attributes?: Record<string, AttributeValue>;
  tags?: string[];
  language?: Language | null;
  preferredChannel?: ConsentChannel | null;
  timeZone?: string | null;
  consent?: Partial<Record<ConsentChannel, ConsentInput>>;
}

export interface CustomerChanges {
  name?: string;
  /** A null value removes the attribute. */
  attributes?: Record<string, AttributeValue | null>;
  tags?: string[];
  language?: Language | null;
  preferredChannel?: ConsentChannel | null;
  /** IANA name, for quiet hours; null: the workspace's. */
  timeZone?: string | null;
  consent?: Partial<Record<ConsentChannel, ConsentInput>>;
}

export interface CustomerQuery {
  q?: string;
  tag?: string;
  segmentId?: string;
  rfmSegment?: string;
  consumerType?: string;
}

export const FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'choice'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface CustomerField {
  key: string;
  label: string;
  type: FieldType;
  options: string[];
  position: number;
}

export const TIMELINE_KINDS = ['order', 'event', 'response', 'merge'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineItem {
  id: string;
  kind: TimelineKind;
  at: string;
  order?: {
    externalId: string;
    amount: number | string;
    currency: string;
    /** As the order was sent: normally {sku?, name, quantity, price} lines. */
    items: unknown[];
    locationId: string | null;
    channel: string | null;
  };
  event?: {
    kind: string;
    channel: string | null;
    locationId: string | null;
    properties: Record<string, unknown>;
  };
  response?: {
    surveyId: string;
    surveyName: string;
    status: string;
    channel: string;
    locationId: string | null;
    score: number | null;
    scoreType: 'nps' | 'csat' | 'ces' | 'rating' | null;
  };
  merge?: { sourceName: string; moved: Record<string, number> };
}

export interface MergeMoves {
  identities: number;
  orders: number;
  events: number;
  responses: number;
  invitations: number;
  merges: number;
}

export interface MergePreview {
  source: Customer;
  target: Customer;
  /** What the target becomes. */
  result: Customer;
  moves: MergeMoves;
  /** Both hold an external id and they differ: merging needs an explicit confirmation. */
  differentExternalIds: boolean;
}

export const DUPLICATE_REASONS = ['same_email', 'same_phone', 'same_name_phone'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export interface DuplicatePair {
  a: CustomerSummary;
  b: CustomerSummary;
  reason: DuplicateReason;
}

export interface ValueSummary {
  computedAt: string | null;
  customers: number;
  withOrders: number;
  rfmSegments: { segment: string; count: number }[];
  consumerTypes: { type: string; count: number }[];
}

const wsKey = (workspaceId: string) => ['ws', workspaceId, 'customers'] as const;
const listKey = (workspaceId: string) => [...wsKey(workspaceId), 'list'] as const;
const customerKey = (workspaceId: string, id: string) => [...wsKey(workspaceId), 'one', id] as const;
const fieldsKey = (workspaceId: string) => ['ws', workspaceId, 'customer-fields'] as const;
const duplicatesKey = (workspaceId: string) => ['ws', workspaceId, 'customer-duplicates'] as const;

const base = (workspaceId: string) => `/workspaces/${workspaceId}/customers`;

export function useCustomers(workspaceId: string, query: CustomerQuery) {
  return useCursorList<CustomerSummary>(listKey(workspaceId), base(workspaceId), { ...query });
}

/** One page of matches for a search box (the merge target picker). */
export function useCustomerSearch(workspaceId: string, q: string) {
  return useQuery<CustomerSummary[]>({
    queryKey: [...listKey(workspaceId), 'search', q],
    queryFn: ({ signal }) =>
      api<{ items: CustomerSummary[] }>(base(workspaceId), { query: { q, limit: 10 }, signal }).then(
        (r) => r.items,
      ),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
  });
}

export function useCustomer(workspaceId: string, customerId: string) {
  return useQuery({
    queryKey: customerKey(workspaceId, customerId),
    queryFn: ({ signal }) => api<Customer>(`${base(workspaceId)}/${customerId}`, { signal }),
  });
}

export function useCustomerMutations(workspaceId: string) {
  const qc = useQueryClient();
  const path = base(workspaceId);
  const listChanged = () => void qc.invalidateQueries({ queryKey: listKey(workspaceId) });
  const changed = (c: Customer) => {
    qc.setQueryData(customerKey(workspaceId, c.id), c);
    listChanged();
  };
  const gone = (id: string) => {
    qc.removeQueries({ queryKey: customerKey(workspaceId, id) });
    listChanged();
    void qc.invalidateQueries({ queryKey: duplicatesKey(workspaceId) });
  };
  return {
    create: useMutation({
      mutationFn: (body: NewCustomer) => api<Customer>(path, { method: 'POST', body }),
      onSuccess: changed,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: CustomerChanges & { id: string }) =>
        api<Customer>(`${path}/${id}`, { method: 'PATCH', body }),
      onSuccess: changed,
    }),
    addIdentity: useMutation({
      mutationFn: ({ id, ...body }: IdentityInput & { id: string }) =>
        api<Customer>(`${path}/${id}/identities`, { method: 'POST', body }),
      onSuccess: changed,
    }),
    removeIdentity: useMutation({
      mutationFn: ({ id, kind, value }: { id: string; kind: IdentityKind; value: string }) =>
        api<void>(`${path}/${id}/identities/${kind}/${encodeURIComponent(value)}`, { method: 'DELETE' }),
      onSuccess: (_r, { id }) => void qc.invalidateQueries({ queryKey: customerKey(workspaceId, id) }),
    }),
    merge: useMutation({
      mutationFn: ({ id, ...body }: { id: string; into: string; confirmDifferentExternalIds?: boolean }) =>
        api<Customer>(`${path}/${id}/merge`, { method: 'POST', body }),
      onSuccess: (target, { id }) => {
        gone(id);
        changed(target);
        void qc.invalidateQueries({ queryKey: [...customerKey(workspaceId, target.id), 'timeline'] });
      },
    }),
    erase: useMutation({
      mutationFn: (id: string) => api<void>(`${path}/${id}/erase`, { method: 'POST', body: { confirm: id } }),
      onSuccess: (_r, id) => gone(id),
    }),
  };
}

/** The data export: a zip of JSON and CSV, downloaded with the session cookie. */
export const exportUrl = (workspaceId: string, customerId: string) =>
  `/api/v1${base(workspaceId)}/${customerId}/export`;

export function useTimeline(workspaceId: string, customerId: string, kinds: readonly TimelineKind[]) {
  return useCursorList<TimelineItem>(
    [...customerKey(workspaceId, customerId), 'timeline'],
    `${base(workspaceId)}/${customerId}/timeline`,
    { kinds: kinds.length === TIMELINE_KINDS.length ? undefined : kinds.join(',') },
  );
}

export function useMergePreview(workspaceId: string, customerId: string, into: string | null) {
  return useQuery({
    queryKey: [...customerKey(workspaceId, customerId), 'merge-preview', into],
    queryFn: ({ signal }) =>
      api<MergePreview>(`${base(workspaceId)}/${customerId}/merge-preview`, { query: { into }, signal }),
    enabled: into !== null,
  });
}

export function useDuplicates(workspaceId: string) {
  return useCursorList<DuplicatePair>(
    duplicatesKey(workspaceId),
    `/workspaces/${workspaceId}/customer-duplicates`,
  );
}

export function useValueSummary(workspaceId: string) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'customer-values', 'summary'],
    queryFn: ({ signal }) =>
      api<ValueSummary>(`/workspaces/${workspaceId}/customer-values/summary`, { signal }),
  });
}

const RECOMPUTE_POLL_MS = 2000;
const RECOMPUTE_POLLS = 90;

/**
 * Recomputes every customer's value. The server only queues the job (202), so this then asks for
 * the summary until its computedAt moves past the one before, and reloads the customers. Resolves
 * false when the job has not run after three minutes (it will still run).
 */
export function useRecomputeValues(workspaceId: string) {
  const qc = useQueryClient();
  const path = `/workspaces/${workspaceId}/customer-values`;
  const computedAt = async () => (await api<ValueSummary>(`${path}/summary`)).computedAt ?? '';
  return useMutation({
    mutationFn: async () => {
      const before = await computedAt();
      await api<{ queued: boolean }>(`${path}/recompute`, { method: 'POST' });
      for (let i = 0; i < RECOMPUTE_POLLS; i++) {
        await new Promise((resolve) => setTimeout(resolve, RECOMPUTE_POLL_MS));
        if ((await computedAt()) !== before) return true;
      }
      return false;
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: wsKey(workspaceId) });
      void qc.invalidateQueries({ queryKey: ['ws', workspaceId, 'customer-values'] });
    },
  });
}

export function useCustomerFields(workspaceId: string) {
  return useQuery({
    queryKey: fieldsKey(workspaceId),
    queryFn: ({ signal }) => api<CustomerField[]>(`/workspaces/${workspaceId}/customer-fields`, { signal }),
  });
}

export type NewCustomerField = Omit<CustomerField, 'position'> & { position?: number };

export function useCustomerFieldMutations(workspaceId: string) {
  const qc = useQueryClient();
  const path = `/workspaces/${workspaceId}/customer-fields`;
  const onSuccess = () => void qc.invalidateQueries({ queryKey: fieldsKey(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (body: NewCustomerField) => api<CustomerField>(path, { method: 'POST', body }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({
        key,
        ...body
      }: {
        key: string;
        label?: string;
        options?: string[];
        position?: number;
      }) => api<CustomerField>(`${path}/${key}`, { method: 'PATCH', body }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (key: string) => api<void>(`${path}/${key}`, { method: 'DELETE' }),
      // Removing a field removes its values from every customer.
      onSuccess: () => {
        onSuccess();
        void qc.invalidateQueries({ queryKey: wsKey(workspaceId) });
      },
    }),
  };
}
