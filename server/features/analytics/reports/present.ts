import type { Selectable } from 'kysely';
import type { AnalyticsFilters } from '../../../../common/analytics/query';
import type { ReportSchedulesTable } from '../../../db/schema';
import type { ScheduleView } from './schemas';

export const presentSchedule = (s: Selectable<ReportSchedulesTable>): ScheduleView => ({
  id: s.id,
  surveyId: s.survey_id,
  name: s.name,
  frequency: s.frequency,
  format: s.format,
  language: s.language,
  recipients: s.recipients,
  params: s.params as { filters?: AnalyticsFilters },
  nextRunAt: s.next_run_at.toISOString(),
  lastRunAt: s.last_run_at?.toISOString() ?? null,
  lastError: s.last_error,
  createdAt: s.created_at.toISOString(),
});
