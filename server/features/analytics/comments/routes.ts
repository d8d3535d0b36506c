// /api/v1 routes of analytics/comments (being built).
import type { App } from '../../../platform/http/types';

export default async function commentRoutes(_app: App): Promise<void> {}
