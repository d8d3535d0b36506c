// /api/v1 routes of analytics/compare (being built).
import type { App } from '../../../platform/http/types';

export default async function compareRoutes(_app: App): Promise<void> {}
