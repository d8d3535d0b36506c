// Distribution (M2): a survey's distributions with their tracking counts, QR files and embed
// snippets, personal invitations, and the workspace's contact rules and SMS/WeChat providers. The
// shapes are common/distribution/ (types only: its zod schemas stay on the server).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createDistributionBody,
  Distribution,
  DistributionKind,
  DistributionStats,
  MessageChannel,
} from '../../../common/distribution/distributions';
import type {
  ContactRules,
  createInvitationsBody,
  createInvitationsReply,
  Invitation,
} from '../../../common/distribution/outreach';
import type { providerBody, providerSchema } from '../../../common/distribution/providers';
import { api, withQuery } from './client';
import { useCursorList } from './list';

export type { ContactRules, Distribution, DistributionKind, DistributionStats, Invitation, MessageChannel };
/** What a request may send: the API's input shapes, where settings left out take their defaults. */
export type NewDistribution = z.input<typeof createDistributionBody>;
export type NewInvitations = z.input<typeof createInvitationsBody>;
export type ProviderInput = z.input<typeof providerBody>;
export type DistributionStatus = Distribution['status'];
export type InvitationStatus = Invitation['status'];
export type InvitationsQueued = z.infer<typeof createInvitationsReply>;
export type Provider = z.infer<typeof providerSchema>;
export type ProviderChannel = Provider['channel'];

/** What PATCH …/distributions/:id takes. */
export interface DistributionUpdate {
  name?: string;
  status?: DistributionStatus;
  locationId?: string | null;
  settings?: Record<string, unknown>;
}

/** GET …/distributions/:id/embed: the snippets a site pastes (either may be absent for a kind). */
export interface EmbedSnippets {
  iframe?: string | null;
  script?: string | null;
}

/** What a QR code's link adds: the store's code, the staff member, the table. */
export interface QrTarget {
  loc?: string;
  staff?: string;
  table?: string;
}

export type QrFile = 'qr.png' | 'qr.svg' | 'card.pdf';

const wsKey = (workspaceId: string) => ['ws', workspaceId, 'distribution'] as const;
const listKey = (workspaceId: string, surveyId: string) =>
  [...wsKey(workspaceId), 'survey', surveyId] as const;
const oneKey = (workspaceId: string, id: string) => [...wsKey(workspaceId), 'one', id] as const;
const invitationsKey = (workspaceId: string, id: string) =>
  [...oneKey(workspaceId, id), 'invitations'] as const;
const rulesKey = (workspaceId: string) => [...wsKey(workspaceId), 'contact-rules'] as const;
const providersKey = (workspaceId: string) => [...wsKey(workspaceId), 'providers'] as const;

const surveyBase = (workspaceId: string, surveyId: string) =>
  `/workspaces/${workspaceId}/surveys/${surveyId}/distributions`;
const base = (workspaceId: string, id: string) => `/workspaces/${workspaceId}/distributions/${id}`;

/** A survey's distributions, newest first; archived ones only when asked. */
export function useDistributions(workspaceId: string, surveyId: string, archived: boolean) {
  return useCursorList<Distribution>(listKey(workspaceId, surveyId), surveyBase(workspaceId, surveyId), {
    archived: archived ? 'true' : undefined,
  });
}

export function useDistribution(workspaceId: string, id: string | null) {
  return useQuery({
    queryKey: oneKey(workspaceId, id ?? ''),
    queryFn: ({ signal }) => api<Distribution>(base(workspaceId, id!), { signal }),
    enabled: id !== null,
  });
}

export function useDistributionMutations(workspaceId: string, surveyId: string) {
  const qc = useQueryClient();
  const changed = (d: Distribution) => {
    qc.setQueryData(oneKey(workspaceId, d.id), d);
    void qc.invalidateQueries({ queryKey: listKey(workspaceId, surveyId) });
  };
  return {
    create: useMutation({
      mutationFn: (body: NewDistribution) =>
        api<Distribution>(surveyBase(workspaceId, surveyId), { method: 'POST', body }),
      onSuccess: changed,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: DistributionUpdate & { id: string }) =>
        api<Distribution>(base(workspaceId, id), { method: 'PATCH', body }),
      onSuccess: changed,
    }),
  };
}

/**
 * The same-origin address of a distribution's QR code (PNG, SVG) or its printable A6 card (PDF): a
 * plain GET the session cookie authorises, so an <img> shows it and a link with `download` saves it.
 * `allStores` makes the card PDF one page per store.
 */
export function qrFileUrl(
  workspaceId: string,
  id: string,
  file: QrFile,
  target: QrTarget = {},
  opts: { lang?: string; allStores?: boolean } = {},
): string {
  return withQuery(`/api/v1${base(workspaceId, id)}/${file}`, {
    loc: target.loc?.trim(),
    staff: target.staff?.trim(),
    table: target.table?.trim(),
    lang: opts.lang,
    all: opts.allStores ? 'stores' : undefined,
  });
}

export function useEmbedSnippets(workspaceId: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...oneKey(workspaceId, id), 'embed'],
    queryFn: ({ signal }) => api<EmbedSnippets>(`${base(workspaceId, id)}/embed`, { signal }),
    enabled,
  });
}

/** A distribution's invitations, newest first, optionally of one status. Polled while any wait. */
export function useInvitations(workspaceId: string, id: string, status: InvitationStatus | undefined) {
  return useCursorList<Invitation>(
    invitationsKey(workspaceId, id),
    `${base(workspaceId, id)}/invitations`,
    { status },
    { refetchInterval: (items) => (items.some((i) => i.status === 'scheduled') ? 5000 : false) },
  );
}

export function useInvitationMutations(workspaceId: string, id: string) {
  const qc = useQueryClient();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: invitationsKey(workspaceId, id) });
    void qc.invalidateQueries({ queryKey: oneKey(workspaceId, id), exact: true });
  };
  return {
    send: useMutation({
      mutationFn: (body: NewInvitations) =>
        api<InvitationsQueued>(`${base(workspaceId, id)}/invitations`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    cancelScheduled: useMutation({
      // The API asks for the distribution's id as a confirmation.
      mutationFn: () =>
        api<{ cancelled: number }>(`${base(workspaceId, id)}/invitations/cancel`, {
          method: 'POST',
          body: { confirm: id },
        }),
      onSuccess: refresh,
    }),
  };
}

export function useContactRules(workspaceId: string) {
  return useQuery({
    queryKey: rulesKey(workspaceId),
    queryFn: ({ signal }) => api<ContactRules>(`/workspaces/${workspaceId}/contact-rules`, { signal }),
  });
}

export function useSaveContactRules(workspaceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactRules) =>
      api<ContactRules>(`/workspaces/${workspaceId}/contact-rules`, { method: 'PUT', body }),
    onSuccess: (rules) => qc.setQueryData(rulesKey(workspaceId), rules),
  });
}

/** Only owners and admins may read them (distributions.settings): others do not ask. */
export function useProviders(workspaceId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: providersKey(workspaceId),
    queryFn: ({ signal }) =>
      api<{ items: Provider[] }>(`/workspaces/${workspaceId}/message-providers`, { signal }).then(
        (r) => r.items,
      ),
  });
}

/** A test message the provider accepted (a refusal is an ApiError saying what it said). */
export interface ProviderTestResult {
  ok: true;
  providerMessageId: string | null;
}

export interface ProviderTest {
  channel: ProviderChannel;
  /** A phone number or a WeChat openid. */
  to: string;
  /** WeChat: the template to send the test with. */
  templateId?: string;
}

export function useProviderMutations(workspaceId: string) {
  const qc = useQueryClient();
  const path = (channel: ProviderChannel) => `/workspaces/${workspaceId}/message-providers/${channel}`;
  const refresh = () => void qc.invalidateQueries({ queryKey: providersKey(workspaceId) });
  return {
    save: useMutation({
      mutationFn: ({ channel, body }: { channel: ProviderChannel; body: ProviderInput }) =>
        api<Provider>(path(channel), { method: 'PUT', body }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (channel: ProviderChannel) => api<void>(path(channel), { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    test: useMutation({
      mutationFn: ({ channel, ...body }: ProviderTest) =>
        api<ProviderTestResult>(`${path(channel)}/test`, { method: 'POST', body }),
    }),
  };
}
