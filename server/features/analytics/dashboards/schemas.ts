// Request and answer shapes of the dashboard routes. The widget schema is shared with the console
// (common/analytics/widgets.ts).
import { z } from 'zod';
import { widgetListSchema, widgetSchema } from '../../../../common/analytics/widgets';

export const surveyDashboardParams = z.object({ workspaceId: z.string(), surveyId: z.string() });

export const saveDashboardBody = z.object({ widgets: widgetListSchema });
export type SaveDashboardBody = z.infer<typeof saveDashboardBody>;

export const dashboardSchema = z.object({
  /** null while nothing is saved. */
  id: z.uuid().nullable(),
  /** null for the workspace overview. */
  surveyId: z.uuid().nullable(),
  /** In display order. */
  widgets: z.array(widgetSchema),
  updatedAt: z.string().nullable(),
  /** Nothing is saved: the widgets are the default made from the survey's questions. */
  isDefault: z.boolean(),
});
