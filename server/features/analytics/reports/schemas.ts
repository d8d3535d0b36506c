// Request and answer shapes of the report routes: scheduled report emails and the report file.
import { z } from 'zod';
import { analyticsFiltersSchema } from '../../../../common/analytics/query';
import { pageQuerySchema } from '../../../../common/pagination';
import { languageSchema } from '../../../../common/roles';

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export const REPORT_FREQUENCIES = ['weekly', 'monthly'] as const;

export const scheduleParams = z.object({ workspaceId: z.string(), scheduleId: z.uuid() });
export const reportFileParams = z.object({ workspaceId: z.string(), surveyId: z.uuid() });

const recipients = z
  .array(z.email('An email address.').max(254))
  .min(1, 'At least one recipient.')
  .max(50, 'At most 50 recipients.');

/** A schedule reports on whole weeks or months: the days come from the run, not from the filters. */
const scheduleFilters = analyticsFiltersSchema.refine((f) => !f.from && !f.to, {
  path: ['from'],
  message: 'A scheduled report covers the last whole week or month: leave out from and to.',
});

export const scheduleParamsBody = z.object({ filters: scheduleFilters.optional() });

export const createScheduleBody = z.object({
  surveyId: z.uuid(),
  name: z.string().trim().min(1).max(200),
  frequency: z.enum(REPORT_FREQUENCIES),
  format: z.enum(REPORT_FORMATS).default('pdf'),
  language: languageSchema,
  recipients,
  params: scheduleParamsBody.default({}),
});
export type CreateScheduleBody = z.infer<typeof createScheduleBody>;

export const updateScheduleBody = z.object({
  surveyId: z.uuid().optional(),
  name: z.string().trim().min(1).max(200).optional(),
  frequency: z.enum(REPORT_FREQUENCIES).optional(),
  format: z.enum(REPORT_FORMATS).optional(),
  language: languageSchema.optional(),
  recipients: recipients.optional(),
  params: scheduleParamsBody.optional(),
});
export type UpdateScheduleBody = z.infer<typeof updateScheduleBody>;

export const scheduleSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  name: z.string(),
  frequency: z.enum(REPORT_FREQUENCIES),
  format: z.enum(REPORT_FORMATS),
  language: z.string(),
  recipients: z.array(z.string()),
  params: z.object({ filters: analyticsFiltersSchema.optional() }),
  /** Weekly: the next Monday 08:00; monthly: the next 1st at 08:00 — in the workspace's time zone. */
  nextRunAt: z.string(),
  lastRunAt: z.string().nullable(),
  /** Why the last send failed (it is retried); null once one succeeds. */
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type ScheduleView = z.infer<typeof scheduleSchema>;

export const scheduleListQuery = pageQuerySchema.extend({
  surveyId: z.uuid().optional().describe('Only the schedules of this survey'),
});

export const sendNowSchema = z.object({
  scheduleId: z.uuid(),
  /** The days the report covers: the last whole week or month before today. */
  period: z.object({ from: z.string(), to: z.string() }),
});

export const REPORT_PERIODS = ['all', 'last_week', 'last_month'] as const;

export const reportFileQuery = z.object({
  /** en, es, zh-CN or zh-TW (or any tag: the nearest of them); default the survey's language. */
  language: z.string().min(2).max(35).optional(),
  /** all: every response so far; last_week / last_month: the last whole one, compared with the one before. */
  period: z.enum(REPORT_PERIODS).default('all'),
});
