// Every authorization decision in one table: which roles may do what. Routes name an action;
// nothing else in the server compares roles.
import type { Role } from '../../common/roles';

const everyone: readonly Role[] = ['owner', 'admin', 'analyst', 'agent', 'viewer'];
const admins: readonly Role[] = ['owner', 'admin'];

export const POLICIES = {
  'workspace.read': everyone,
  'workspace.update': admins,
  'locations.read': everyone,
  'locations.write': admins,
  'members.read': everyone,
  'members.write': admins,
  /** Making or unmaking an owner is for owners only. */
  'members.manageOwners': ['owner'],
  'invitations.read': admins,
  'invitations.write': admins,
  'apikeys.manage': admins,
  'webhooks.manage': admins,
  'audit.read': admins,
  'surveys.read': everyone,
  /** Build, publish, close and run waves of questionnaires. */
  'surveys.write': ['owner', 'admin', 'analyst'],
  /** Individual responses can hold personal data (contact answers). */
  'responses.read': ['owner', 'admin', 'analyst', 'agent'],
  /** Profiles, identities and timelines are personal data. */
  'customers.read': ['owner', 'admin', 'analyst', 'agent'],
  /** Edit a profile, its identities, tags and consent; merge two customers. */
  'customers.write': ['owner', 'admin', 'analyst', 'agent'],
  /** Define the workspace's custom customer fields. */
  'customers.fields': admins,
  /** Bulk imports, and orders and events in by API. */
  'customers.ingest': ['owner', 'admin', 'analyst'],
  /** Export or erase one customer's data (a privacy request). */
  'customers.privacy': admins,
  /** A segment is a definition and a count, not personal data. */
  'segments.read': everyone,
  'segments.write': ['owner', 'admin', 'analyst'],
  /** Aggregates (metrics, comparisons, drivers) name no one. Free-text comments need responses.read. */
  'analytics.read': everyone,
  /** Raw response exports (CSV, XLSX, SPSS) and reports. */
  'analytics.export': ['owner', 'admin', 'analyst'],
  /** Choose and arrange a dashboard's widgets (shared by the workspace). */
  'dashboards.write': ['owner', 'admin', 'analyst'],
  'reports.read': everyone,
  /** Schedule report emails. */
  'reports.write': ['owner', 'admin', 'analyst'],
  /** Distributions and their tracking counts name no one. */
  'distributions.read': everyone,
  /** Make and change links, QR codes, embeds, the widget, kiosks and invitation campaigns. */
  'distributions.write': ['owner', 'admin', 'analyst'],
  /** Send invitations to customers (email, SMS, WeChat). */
  'distributions.send': ['owner', 'admin', 'analyst'],
  /** Who was invited, at which address: personal data. */
  'distributions.recipients': ['owner', 'admin', 'analyst', 'agent'],
  /** The workspace's contact rules (frequency cap, quiet hours, send rate) and SMS/WeChat providers. */
  'distributions.settings': admins,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICIES;

export function can(role: Role, action: Action): boolean {
  return (POLICIES[action] as readonly Role[]).includes(role);
}

/** A key or member may hand out only roles up to its own: an admin cannot mint an owner key. */
export function canGrant(granter: Role, granted: Role): boolean {
  return granted !== 'owner' || granter === 'owner';
}
