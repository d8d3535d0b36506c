// Save a dashboard's widgets (a survey's, or the workspace overview when surveyId is null), checked
// against the questions they measure; audited.
import type { DashboardAnswer, Widget } from '../../../../common/analytics/widgets';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { notFound } from '../../../platform/errors';
import { newId, UUID } from '../../../platform/ids';
import { loadAnalyticsQuestions } from '../scope/questions';
import { checkWidgets } from './check-widgets';
import { presentSaved } from './present';
import { upsertDashboard } from './store';

export async function saveDashboard(
  tx: Tx,
  actor: Actor,
  surveyId: string | null,
  widgets: readonly Widget[],
): Promise<DashboardAnswer> {
  const ws = actor.workspaceId;
  if (surveyId !== null) {
    // Another workspace's survey is not found before anything in the body is looked at.
    if (!UUID.test(surveyId)) throw notFound('survey');
    await loadAnalyticsQuestions(tx, ws, surveyId);
  }
  const checked = await checkWidgets(tx, ws, surveyId, widgets);
  const row = await upsertDashboard(tx, {
    workspaceId: ws,
    id: newId(),
    surveyId,
    widgets: checked,
    updatedBy: actor.userId,
  });
  await writeAudit(tx, ws, actor, {
    action: 'dashboard.saved',
    targetType: 'dashboard',
    targetId: row.id,
    details: { surveyId, widgets: checked.length },
  });
  return presentSaved(row, checked);
}
