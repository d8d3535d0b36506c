// A dashboard as the console shows it: the saved widgets, or the default made from the questions.
// The overview's default draws from the workspace's most recently published surveys; its saved
// widgets of surveys deleted since are left out.
import { widgetSchema, type DashboardAnswer, type Widget } from '../../../../common/analytics/widgets';
import type { Tx } from '../../../db/database';
import { notFound } from '../../../platform/errors';
import { UUID } from '../../../platform/ids';
import { loadAnalyticsQuestions } from '../scope/questions';
import { defaultOverviewWidgets, defaultSurveyWidgets } from './default-widgets';
import { presentDefault, presentSaved } from './present';
import { existingSurveyIds, findDashboard, recentPublishedSurveyIds, type DashboardRow } from './store';

/** How many recent surveys the default overview shows. */
export const OVERVIEW_SURVEYS = 3;

/** A survey's dashboard; 404 when the workspace has no such survey. */
export async function getSurveyDashboard(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
): Promise<DashboardAnswer> {
  if (!UUID.test(surveyId)) throw notFound('survey');
  const questions = await loadAnalyticsQuestions(tx, workspaceId, surveyId);
  const saved = await findDashboard(tx, workspaceId, surveyId);
  if (saved) return presentSaved(saved, storedWidgets(saved));
  return presentDefault(surveyId, defaultSurveyWidgets(questions));
}

export async function getOverviewDashboard(tx: Tx, workspaceId: string): Promise<DashboardAnswer> {
  const saved = await findDashboard(tx, workspaceId, null);
  if (saved) {
    const widgets = storedWidgets(saved);
    const named = [...new Set(widgets.flatMap((w) => (w.config.surveyId ? [w.config.surveyId] : [])))];
    const existing = await existingSurveyIds(tx, workspaceId, named);
    return presentSaved(
      saved,
      widgets.filter((w) => w.config.surveyId && existing.has(w.config.surveyId)),
    );
  }
  const surveys = [];
  for (const id of await recentPublishedSurveyIds(tx, workspaceId, OVERVIEW_SURVEYS))
    surveys.push({ id, questions: await loadAnalyticsQuestions(tx, workspaceId, id) });
  return presentDefault(null, defaultOverviewWidgets(surveys));
}

/** The stored widgets, read through the schema: a widget saved by an older release that no longer parses is skipped. */
function storedWidgets(row: DashboardRow): Widget[] {
  return (row.widgets as unknown[]).flatMap((w) => {
    const parsed = widgetSchema.safeParse(w);
    return parsed.success ? [parsed.data] : [];
  });
}
