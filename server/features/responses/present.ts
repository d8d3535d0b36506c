import type { Selectable } from 'kysely';
import type { ResponsesTable } from '../../db/schema';

type Row = Selectable<ResponsesTable>;

export const presentResponseSummary = (r: Row) => ({
  id: r.id,
  surveyId: r.survey_id,
  status: r.status,
  version: r.version,
  waveId: r.wave_id,
  language: r.language,
  channel: r.channel,
  locationId: r.location_id,
  deviceClass: r.device_class,
  ending: r.ending,
  answerCount: Object.keys(r.answers).length,
  startedAt: r.started_at.toISOString(),
  completedAt: r.completed_at?.toISOString() ?? null,
});

export const presentResponse = (r: Row) => ({
  ...presentResponseSummary(r),
  answers: r.answers,
  hidden: r.hidden,
  pageSeconds: r.page_seconds,
  currentPage: r.current_page,
  customerId: r.customer_id,
});
