import type { App } from '../http/types';

export default async function webhooksRoutes(_app: App): Promise<void> {}
