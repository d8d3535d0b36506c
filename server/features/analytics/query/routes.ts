// /api/v1 routes of analytics/query (being built).
import type { App } from '../../../platform/http/types';

export default async function analyticsQueryRoutes(_app: App): Promise<void> {}
