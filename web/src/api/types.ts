// The shapes the console reads, as documented in docs/API.md (the server's zod schemas). Only
// types cross over from common/: importing its values would pull zod into the bundle.
import type { Language, Role } from '../../../common/roles';

export type { Language, Role };

export const ROLES = ['owner', 'admin', 'analyst', 'agent', 'viewer'] as const satisfies readonly Role[];
export const LANGUAGES = ['zh-CN', 'zh-TW', 'en', 'es'] as const satisfies readonly Language[];
// Fails to compile when common/ gains a role or language the lists above do not have.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
export const rolesComplete: Missing<Role, (typeof ROLES)[number]> = true;
export const languagesComplete: Missing<Language, (typeof LANGUAGES)[number]> = true;

export interface Page<T> {
  items: T[];
  /** Absent on lists that are never paged (webhooks). */
  nextCursor?: string | null;
}

export interface Workspace {
  id: string;
  name: string;
  slug: string;
  defaultLanguage: Language;
  timeZone: string;
  currency: string;
  createdAt: string;
  /** Your role here. */
  role: Role;
}

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Language | null;
}

export interface Me {
  user: User;
  csrfToken: string;
  workspaces: Workspace[];
}

export const LOCATION_KINDS = ['brand', 'region', 'store', 'online'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export interface Location {
  id: string;
  parentId: string | null;
  kind: LocationKind;
  name: string;
  code: string;
  position: number;
  createdAt: string;
}

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  joinedAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  invitedBy: string | null;
}

export interface CreatedInvitation {
  invitation: Invitation;
  link: string;
  emailed: boolean;
}

export interface InvitationPreview {
  workspaceName: string;
  email: string;
  role: Role;
  inviterName: string | null;
  accountExists: boolean;
}

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey {
  key: ApiKey;
  secret: string;
}

export interface Webhook {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  active: boolean;
  createdAt: string;
}

export interface CreatedWebhook {
  webhook: Webhook;
  secret: string;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
}

export type ActorType = 'user' | 'api_key' | 'system';

export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  actor: { type: ActorType; id: string | null; name: string | null };
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}
