// Change the workspace's contact rules (frequency cap, quiet hours, email send rate). Audited:
// they decide who hears from the brand and when.
import type { ContactRules } from '../../../../common/distribution/outreach';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { loadContactRules, saveContactRules } from './contact-rules';

export async function updateContactRules(tx: Tx, actor: Actor, rules: ContactRules): Promise<ContactRules> {
  const before = await loadContactRules(tx, actor.workspaceId);
  await saveContactRules(tx, actor.workspaceId, rules);
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'contact_rules.updated',
    targetType: 'workspace',
    targetId: actor.workspaceId,
    details: { before, after: rules },
  });
  return loadContactRules(tx, actor.workspaceId);
}
