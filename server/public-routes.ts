// The routes people reach without signing in: survey pages and the response intake.
import intakeRoutes from './features/responses/intake-routes';
import surveyPageRoutes from './features/survey-page/routes';
import type { App } from './platform/http/types';

export async function registerPublicRoutes(app: App): Promise<void> {
  for (const routes of [intakeRoutes, surveyPageRoutes]) {
    await app.register(routes);
  }
}
