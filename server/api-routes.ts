// Every /api/v1 route module, in one list: the map from URL to feature folder.
import type { App } from './platform/http/types';
import analysisRoutes from './features/analytics/analysis/routes';
import commentRoutes from './features/analytics/comments/routes';
import compareRoutes from './features/analytics/compare/routes';
import dashboardRoutes from './features/analytics/dashboards/routes';
import exportRoutes from './features/analytics/exports/routes';
import analyticsQueryRoutes from './features/analytics/query/routes';
import reportRoutes from './features/analytics/reports/routes';
import activityRoutes from './features/customers/activity/routes';
import customerImportRoutes from './features/customers/import/routes';
import mergeRoutes from './features/customers/merge/routes';
import privacyRoutes from './features/customers/privacy/routes';
import customerRoutes from './features/customers/routes';
import segmentRoutes from './features/customers/segments/routes';
import customerValueRoutes from './features/customers/value/routes';
import messagingRoutes from './features/distribution/messaging/routes';
import outreachRoutes from './features/distribution/outreach/routes';
import qrRoutes from './features/distribution/qr/routes';
import distributionRoutes from './features/distribution/routes';
import embedRoutes from './features/distribution/widget/embed-route';
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
    mergeRoutes,
    privacyRoutes,
    customerImportRoutes,
    activityRoutes,
    customerValueRoutes,
    segmentRoutes,
    analyticsQueryRoutes,
    compareRoutes,
    analysisRoutes,
    commentRoutes,
    dashboardRoutes,
    exportRoutes,
    reportRoutes,
    distributionRoutes,
    embedRoutes,
    qrRoutes,
    outreachRoutes,
    messagingRoutes,
  ]) {
    await app.register(routes);
  }
}
