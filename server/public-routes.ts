// The routes people reach without signing in: survey pages, the response intake, and distribution
// addresses (short links, unsubscribe, the widget, kiosks).
import emailPublicRoutes from './features/distribution/email/public-routes';
import kioskPublicRoutes from './features/distribution/kiosk/public-routes';
import distributionPublicRoutes from './features/distribution/public-routes';
import widgetPublicRoutes from './features/distribution/widget/public-routes';
import intakeRoutes from './features/responses/intake-routes';
import surveyPageRoutes from './features/survey-page/routes';
import type { App } from './platform/http/types';

export async function registerPublicRoutes(app: App): Promise<void> {
  for (const routes of [
    intakeRoutes,
    surveyPageRoutes,
    distributionPublicRoutes,
    emailPublicRoutes,
    widgetPublicRoutes,
    kioskPublicRoutes,
  ]) {
    await app.register(routes);
  }
}
