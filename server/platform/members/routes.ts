import type { App } from '../http/types';

export default async function membersRoutes(_app: App): Promise<void> {}
