// /api/v1/workspaces/:workspaceId/dashboards — the workspace overview and each survey's dashboard:
// the widgets people chose and arranged, or a default made from the questions while none are saved.
// Each route: authorize → validate (schema) → one use case in the workspace's transaction.
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { getOverviewDashboard, getSurveyDashboard } from './get-dashboard';
import { resetDashboard } from './reset-dashboard';
import { saveDashboard } from './save-dashboard';
import { dashboardSchema, saveDashboardBody, surveyDashboardParams } from './schemas';

const tags = ['dashboards'];

export default async function dashboardRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/dashboards/overview',
    {
      schema: {
        tags,
        summary: "The workspace overview's widgets (default: the most recently published surveys' headlines)",
        params: workspaceParams,
        response: { 200: dashboardSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.read');
      return inWorkspace(db, actor.workspaceId, (tx) => getOverviewDashboard(tx, actor.workspaceId));
    },
  );

  app.put(
    '/workspaces/:workspaceId/dashboards/overview',
    {
      schema: {
        tags,
        summary: "Save the overview's widgets, in order (each names its survey in config.surveyId)",
        params: workspaceParams,
        body: saveDashboardBody,
        response: { 200: dashboardSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'dashboards.write');
      return inWorkspace(db, actor.workspaceId, (tx) => saveDashboard(tx, actor, null, req.body.widgets));
    },
  );

  app.delete(
    '/workspaces/:workspaceId/dashboards/overview',
    {
      schema: {
        tags,
        summary: 'Forget the saved overview; answers the default',
        params: workspaceParams,
        response: { 200: dashboardSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'dashboards.write');
      return inWorkspace(db, actor.workspaceId, (tx) => resetDashboard(tx, actor, null));
    },
  );

  app.get(
    '/workspaces/:workspaceId/dashboards/surveys/:surveyId',
    {
      schema: {
        tags,
        summary: "A survey's dashboard (default: headline tile, trend, distribution, league table, comments)",
        params: surveyDashboardParams,
        response: { 200: dashboardSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.read');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        getSurveyDashboard(tx, actor.workspaceId, req.params.surveyId),
      );
    },
  );

  app.put(
    '/workspaces/:workspaceId/dashboards/surveys/:surveyId',
    {
      schema: {
        tags,
        summary: "Save a survey dashboard's widgets, in order (checked against the survey's questions)",
        params: surveyDashboardParams,
        body: saveDashboardBody,
        response: { 200: dashboardSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'dashboards.write');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        saveDashboard(tx, actor, req.params.surveyId, req.body.widgets),
      );
    },
  );

  app.delete(
    '/workspaces/:workspaceId/dashboards/surveys/:surveyId',
    {
      schema: {
        tags,
        summary: "Forget a survey's saved dashboard; answers the default",
        params: surveyDashboardParams,
        response: { 200: dashboardSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'dashboards.write');
      return inWorkspace(db, actor.workspaceId, (tx) => resetDashboard(tx, actor, req.params.surveyId));
    },
  );
}
