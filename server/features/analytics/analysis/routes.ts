// /api/v1 routes of analytics/analysis (being built).
import type { App } from '../../../platform/http/types';

export default async function analysisRoutes(_app: App): Promise<void> {}
