// /api/v1 routes of analytics/reports (being built).
import type { App } from '../../../platform/http/types';

export default async function reportRoutes(_app: App): Promise<void> {}
