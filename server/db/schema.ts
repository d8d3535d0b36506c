// Kysely's view of the tables. Keep in step with migrations/ (one interface per table).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { IdentityKind } from '../../common/customers/identities';
import type { ConsumerType } from '../../common/customers/value';
import type { Role } from '../../common/roles';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface WorkspacesTable {
  id: string;
  name: string;
  slug: string;
  default_language: string;
  time_zone: string;
  currency: string;
  /** ISO 3166-1 alpha-2: the country of phone numbers written without +country code. */
  phone_country: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string | null;
  created_at: CreatedAt;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: CreatedAt;
}

export interface LocationsTable {
  workspace_id: string;
  id: string;
  parent_id: string | null;
  kind: 'brand' | 'region' | 'store' | 'online';
  name: string;
  code: string;
  position: Generated<number>;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface SignInFailuresTable {
  email: string;
  failures: number;
  first_failed_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface InvitationsTable {
  workspace_id: string;
  id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface ApiKeysTable {
  workspace_id: string;
  id: string;
  name: string;
  role: Role;
  prefix: string;
  key_hash: string;
  created_by: string | null;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  workspace_id: string;
  id: string;
  at: CreatedAt;
  actor_user_id: string | null;
  actor_api_key_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: JSONColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface EventsTable {
  workspace_id: string;
  id: string;
  type: string;
  payload: JSONColumnType<Record<string, unknown>, string, never>;
  created_at: CreatedAt;
}

export interface WebhooksTable {
  workspace_id: string;
  id: string;
  url: string;
  description: Generated<string>;
  secret: string;
  event_types: string[];
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface WebhookDeliveriesTable {
  workspace_id: string;
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: Generated<number>;
  last_status_code: number | null;
  last_error: string | null;
  created_at: CreatedAt;
  last_attempt_at: Timestamp | null;
  delivered_at: Timestamp | null;
  /** Set on a "send again": the delivery this one repeats. */
  redelivery_of: string | null;
}

export type SurveyStatus = 'draft' | 'published' | 'closed';
/** A jsonb column written as JSON text (JSONColumnType would require T to be an object). */
type Json<T> = ColumnType<T, string, string>;

export interface SurveysTable {
  workspace_id: string;
  id: string;
  key: string;
  name: string;
  status: Generated<SurveyStatus>;
  /** The definition being edited: a SurveyDefinition once it validates, any JSON before. */
  draft: Json<object>;
  draft_changed: Generated<boolean>;
  latest_version: number | null;
  settings: ColumnType<SurveySettingsRow, string | undefined, string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface SurveySettingsRow {
  /** One response per personal token (?t=) or per device cookie. */
  oncePer?: 'token' | 'device';
}

export interface SurveyVersionsTable {
  workspace_id: string;
  survey_id: string;
  version: number;
  definition: ColumnType<unknown, string, never>;
  published_by: string | null;
  published_at: CreatedAt;
}

export interface SurveyWavesTable {
  workspace_id: string;
  id: string;
  survey_id: string;
  number: number;
  name: Generated<string>;
  opens_at: Timestamp;
  closes_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface SurveyTemplatesTable {
  workspace_id: string;
  id: string;
  name: string;
  description: Generated<string>;
  definition: ColumnType<unknown, string, never>;
  created_by: string | null;
  created_at: CreatedAt;
}

export type DeviceClass = 'mobile' | 'tablet' | 'desktop' | 'unknown';

export interface ResponsesTable {
  workspace_id: string;
  id: string;
  survey_id: string;
  version: number;
  wave_id: string | null;
  session_hash: string;
  once_key: string | null;
  status: 'partial' | 'complete';
  answers: Json<Record<string, unknown>>;
  hidden: Json<Record<string, string>>;
  language: string;
  channel: string;
  location_id: string | null;
  device_class: DeviceClass;
  page_seconds: Json<Record<string, number>>;
  current_page: string | null;
  ending: string | null;
  started_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  completed_at: Timestamp | null;
  customer_id: string | null;
  rolled_up: Generated<boolean>;
  distribution_id: Generated<string | null>;
  invitation_id: Generated<string | null>;
}

export interface ResponseAnswersTable {
  workspace_id: string;
  response_id: string;
  question_id: string;
  item: string;
  survey_id: string;
  question_type: string;
  value_num: number | null;
  value_text: string | null;
  complete: boolean;
  answered_at: Timestamp;
  /** The words of a free-text answer, for search (analytics/comments). */
  terms: string | null;
}

export interface ResponseRollupsTable {
  workspace_id: string;
  survey_id: string;
  question_id: string;
  item: string;
  day: ColumnType<string, string, string>;
  location_id: string | null;
  channel: string;
  wave_id: string | null;
  /** Answers per scale point: counts[v] answers of value v. */
  counts: string[] | null;
  n: ColumnType<string, number | bigint, number | bigint>;
  sum: number;
  sum_sq: number;
}

export interface DashboardsTable {
  workspace_id: string;
  id: string;
  survey_id: string | null;
  widgets: Json<unknown[]>;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type ExportFormat = 'csv' | 'xlsx' | 'sav' | 'pdf' | 'docx';

export interface AnalyticsExportsTable {
  workspace_id: string;
  id: string;
  survey_id: string;
  format: ExportFormat;
  params: Json<Record<string, unknown>>;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  processed: Generated<number>;
  total: number | null;
  file_name: string | null;
  byte_size: ColumnType<string | null, number | null, number | null>;
  error: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
  expires_at: Timestamp | null;
}

export interface ReportSchedulesTable {
  workspace_id: string;
  id: string;
  survey_id: string;
  name: string;
  frequency: 'weekly' | 'monthly';
  format: Generated<'pdf' | 'docx'>;
  language: string;
  recipients: string[];
  params: Json<Record<string, unknown>>;
  next_run_at: Timestamp;
  last_run_at: Timestamp | null;
  last_error: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export type CustomerFieldType = 'text' | 'number' | 'date' | 'boolean' | 'choice';

export interface CustomerFieldsTable {
  workspace_id: string;
  key: string;
  label: string;
  type: CustomerFieldType;
  options: Json<string[]>;
  position: Generated<number>;
  created_at: CreatedAt;
}

export interface ConsentRow {
  status: 'granted' | 'withdrawn';
  at: string;
  source: string;
}

export interface CustomersTable {
  workspace_id: string;
  id: string;
  name: Generated<string>;
  attributes: Json<Record<string, string | number | boolean>>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  language: string | null;
  preferred_channel: string | null;
  consent: Json<Record<string, ConsentRow>>;
  /** IANA name; quiet hours use it, else the workspace's. */
  time_zone: Generated<string | null>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CustomerIdentitiesTable {
  workspace_id: string;
  kind: IdentityKind;
  value: string;
  customer_id: string;
  source: Generated<string>;
  created_at: CreatedAt;
}

export interface OrdersTable {
  workspace_id: string;
  id: string;
  external_id: string;
  customer_id: string | null;
  /** numeric(14,2): pg returns it as a string, exact. */
  amount: ColumnType<string, string | number, string | number>;
  currency: string;
  items: Json<unknown[]>;
  location_id: string | null;
  channel: string | null;
  ordered_at: Timestamp;
  created_at: CreatedAt;
}

export interface CustomerEventsTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  kind: string;
  external_id: string | null;
  occurred_at: Timestamp;
  location_id: string | null;
  channel: string | null;
  properties: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}

export interface CustomerMergesTable {
  workspace_id: string;
  id: string;
  source_id: string;
  target_id: string;
  source_name: Generated<string>;
  moved: Json<Record<string, number>>;
  merged_by: string | null;
  merged_at: CreatedAt;
}

export interface CustomerValuesTable {
  workspace_id: string;
  customer_id: string;
  recency_days: number | null;
  frequency: number;
  monetary: ColumnType<string, string | number, string | number>;
  r: number | null;
  f: number | null;
  m: number | null;
  rfm_segment: string | null;
  clv: ColumnType<string, string | number, string | number>;
  consumer_type: ConsumerType | null;
  consumer_rule: string | null;
  computed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface SegmentsTable {
  workspace_id: string;
  id: string;
  name: string;
  definition: Json<unknown>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type ImportStatus = 'uploaded' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface CustomerImportsTable {
  workspace_id: string;
  id: string;
  file_name: string;
  /** bigint: pg returns it as a string. */
  file_size: ColumnType<string, number, number>;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  headers: Json<string[]>;
  /** The first data rows as text (migration 2026-11-22T1910); [] once the file is gone. */
  preview: ColumnType<string[][], string | undefined, string>;
  mapping: Json<Record<string, string>> | null;
  match_by: string | null;
  dry_run: Generated<boolean>;
  status: Generated<ImportStatus>;
  total_rows: number | null;
  processed_rows: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  rejected: Generated<number>;
  error: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface CustomerImportRejectsTable {
  workspace_id: string;
  import_id: string;
  row_number: number;
  code: string;
  field: string | null;
  message: string;
  raw: Json<Record<string, string>>;
}

export type DistributionKindColumn =
  'link' | 'qr' | 'embed' | 'email' | 'sms' | 'wechat' | 'widget' | 'kiosk';
export type MessageChannelColumn = 'email' | 'sms' | 'wechat';

export interface DistributionsTable {
  workspace_id: string;
  id: string;
  survey_id: string;
  kind: DistributionKindColumn;
  name: string;
  code: string;
  status: Generated<'active' | 'paused' | 'archived'>;
  location_id: string | null;
  settings: Json<Record<string, unknown>>;
  token_secret: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type InvitationStatus = 'scheduled' | 'sent' | 'failed' | 'bounced' | 'skipped' | 'cancelled';

export interface SurveyInvitationsTable {
  workspace_id: string;
  id: string;
  distribution_id: string;
  survey_id: string;
  customer_id: string | null;
  channel: MessageChannelColumn;
  address: string;
  name: Generated<string>;
  language: string;
  token_hash: string;
  source: Generated<string>;
  source_ref: string | null;
  status: Generated<InvitationStatus>;
  skip_reason: string | null;
  send_after: ColumnType<Date, Date | string | undefined, Date | string>;
  attempts: Generated<number>;
  error: string | null;
  provider_message_id: string | null;
  sent_at: Timestamp | null;
  delivered_at: Timestamp | null;
  opened_at: Timestamp | null;
  started_at: Timestamp | null;
  completed_at: Timestamp | null;
  bounced_at: Timestamp | null;
  unsubscribed_at: Timestamp | null;
  reminders_sent: Generated<number>;
  last_reminder_at: Timestamp | null;
  response_id: string | null;
  created_at: CreatedAt;
}

export interface UnsubscribesTable {
  workspace_id: string;
  channel: MessageChannelColumn;
  address: string;
  invitation_id: string | null;
  source: string;
  created_at: CreatedAt;
}

export interface ContactRulesTable {
  workspace_id: string;
  frequency_cap_days: number | null;
  quiet_hours: boolean;
  /** Minutes after local midnight. */
  quiet_start: number;
  quiet_end: number;
  emails_per_minute: number;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface MessageProvidersTable {
  workspace_id: string;
  channel: 'sms' | 'wechat';
  adapter: 'http' | 'wechat_template';
  config: Json<Record<string, unknown>>;
  secrets: Json<Record<string, string>>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface DistributionDailyTable {
  workspace_id: string;
  distribution_id: string;
  day: ColumnType<string, string, string>;
  opened: Generated<number>;
  shown: Generated<number>;
}

export interface WidgetContactsTable {
  workspace_id: string;
  person: string;
  last_shown_at: Timestamp;
}

export interface Database {
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  locations: LocationsTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  invitations: InvitationsTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  events: EventsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
  survey_waves: SurveyWavesTable;
  survey_templates: SurveyTemplatesTable;
  responses: ResponsesTable;
  response_answers: ResponseAnswersTable;
  customer_fields: CustomerFieldsTable;
  customers: CustomersTable;
  customer_identities: CustomerIdentitiesTable;
  orders: OrdersTable;
  customer_events: CustomerEventsTable;
  customer_merges: CustomerMergesTable;
  customer_values: CustomerValuesTable;
  segments: SegmentsTable;
  customer_imports: CustomerImportsTable;
  customer_import_rejects: CustomerImportRejectsTable;
  response_rollups: ResponseRollupsTable;
  dashboards: DashboardsTable;
  analytics_exports: AnalyticsExportsTable;
  report_schedules: ReportSchedulesTable;
  distributions: DistributionsTable;
  survey_invitations: SurveyInvitationsTable;
  unsubscribes: UnsubscribesTable;
  contact_rules: ContactRulesTable;
  message_providers: MessageProvidersTable;
  distribution_daily: DistributionDailyTable;
  widget_contacts: WidgetContactsTable;
}
