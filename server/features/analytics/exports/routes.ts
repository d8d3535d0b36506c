// /api/v1 routes of analytics/exports (being built).
import type { App } from '../../../platform/http/types';

export default async function exportRoutes(_app: App): Promise<void> {}
