// Dashboard rows → the API's shape; the default dashboard has no id and no date.
import type { DashboardAnswer, Widget } from '../../../../common/analytics/widgets';
import type { DashboardRow } from './store';

export function presentSaved(row: DashboardRow, widgets: Widget[]): DashboardAnswer {
  return {
    id: row.id,
    surveyId: row.survey_id,
    widgets,
    updatedAt: row.updated_at.toISOString(),
    isDefault: false,
  };
}

export function presentDefault(surveyId: string | null, widgets: Widget[]): DashboardAnswer {
  return { id: null, surveyId, widgets, updatedAt: null, isDefault: true };
}
