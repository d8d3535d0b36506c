// /api/v1 routes of analytics/dashboards (being built).
import type { App } from '../../../platform/http/types';

export default async function dashboardRoutes(_app: App): Promise<void> {}
