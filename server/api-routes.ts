// Every /api/v1 route module, in one list: the map from URL to feature folder.
import type { App } from './platform/http/types';
import customerRoutes from './features/customers/routes';
import responseRoutes from './features/responses/routes';
import previewRoutes from './features/survey-page/preview-route';
import surveyRoutes from './features/surveys/routes';
import apiKeyRoutes from './platform/api-keys/routes';
import auditRoutes from './platform/audit/routes';
import authRoutes from './platform/auth/routes';
import invitationRoutes from './platform/invitations/routes';
import locationRoutes from './platform/locations/routes';
import memberRoutes from './platform/members/routes';
import webhookRoutes from './platform/webhooks/routes';
import workspaceRoutes from './platform/workspaces/routes';

export async function registerApiRoutes(app: App): Promise<void> {
  for (const routes of [
    authRoutes,
    workspaceRoutes,
    locationRoutes,
    memberRoutes,
    invitationRoutes,
    apiKeyRoutes,
    auditRoutes,
    webhookRoutes,
    surveyRoutes,
    previewRoutes,
    responseRoutes,
    customerRoutes,
  ]) {
    await app.register(routes);
  }
}
