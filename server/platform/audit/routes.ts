import type { App } from '../http/types';

export default async function auditRoutes(_app: App): Promise<void> {}
