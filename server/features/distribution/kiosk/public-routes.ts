// (being built)
import type { App } from '../../../platform/http/types';

export default async function publicRoutes(_app: App): Promise<void> {}
