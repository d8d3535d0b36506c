import type { App } from '../http/types';

export default async function invitationsRoutes(_app: App): Promise<void> {}
