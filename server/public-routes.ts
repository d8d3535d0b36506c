// The routes people reach without signing in: survey pages and the response intake.
import intakeRoutes from './features/responses/intake-routes';
import type { App } from './platform/http/types';

export async function registerPublicRoutes(app: App): Promise<void> {
  for (const routes of [intakeRoutes]) {
    await app.register(routes);
  }
}
