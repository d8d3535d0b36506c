// The workspace's contact rules as the API shows them: one row per workspace, the defaults while
// the workspace has none. Stored as minutes after midnight; shown as HH:MM.
import {
  clockOf,
  DEFAULT_CONTACT_RULES,
  minutesOf,
  type ContactRules,
} from '../../../../common/distribution/outreach';
import type { Tx } from '../../../db/database';
import type { SendRules } from './send-decision';

export async function loadContactRules(tx: Tx, workspaceId: string): Promise<ContactRules> {
  const row = await tx
    .selectFrom('contact_rules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return DEFAULT_CONTACT_RULES;
  return {
    frequencyCapDays: row.frequency_cap_days,
    quietHours: { enabled: row.quiet_hours, start: clockOf(row.quiet_start), end: clockOf(row.quiet_end) },
    emailsPerMinute: row.emails_per_minute,
  };
}

export async function saveContactRules(tx: Tx, workspaceId: string, rules: ContactRules): Promise<void> {
  const values = {
    frequency_cap_days: rules.frequencyCapDays,
    quiet_hours: rules.quietHours.enabled,
    quiet_start: minutesOf(rules.quietHours.start),
    quiet_end: minutesOf(rules.quietHours.end),
    emails_per_minute: rules.emailsPerMinute,
    updated_at: new Date(),
  };
  await tx
    .insertInto('contact_rules')
    .values({ workspace_id: workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
}

/** The part of the rules the send decision needs. */
export const sendRulesOf = (rules: ContactRules): SendRules => ({
  frequencyCapDays: rules.frequencyCapDays,
  quietHours: rules.quietHours.enabled
    ? { start: minutesOf(rules.quietHours.start), end: minutesOf(rules.quietHours.end) }
    : null,
});
