// Forget a saved dashboard: the default made from the questions shows again. Audited when
// something was saved.
import type { DashboardAnswer } from '../../../../common/analytics/widgets';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { notFound } from '../../../platform/errors';
import { UUID } from '../../../platform/ids';
import { loadAnalyticsQuestions } from '../scope/questions';
import { getOverviewDashboard, getSurveyDashboard } from './get-dashboard';
import { deleteDashboard } from './store';

export async function resetDashboard(
  tx: Tx,
  actor: Actor,
  surveyId: string | null,
): Promise<DashboardAnswer> {
  const ws = actor.workspaceId;
  if (surveyId !== null) {
    // A survey of another workspace is a 404, not a silent no-op.
    if (!UUID.test(surveyId)) throw notFound('survey');
    await loadAnalyticsQuestions(tx, ws, surveyId);
  }
  if (await deleteDashboard(tx, ws, surveyId))
    await writeAudit(tx, ws, actor, {
      action: 'dashboard.reset',
      targetType: 'dashboard',
      details: { surveyId },
    });
  return surveyId === null ? getOverviewDashboard(tx, ws) : getSurveyDashboard(tx, ws, surveyId);
}
