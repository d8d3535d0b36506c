// /api/v1/workspaces/:workspaceId/surveys/:surveyId/distributions and …/distributions/:id — the
// ways a survey reaches people (links, QR codes, embeds, email, SMS, WeChat, the widget, kiosks),
// each with its tracking. Invitations, QR files and providers have their own route modules.
import {
  createDistributionBody,
  distributionSchema,
  updateDistributionBody,
} from '../../../common/distribution/distributions';
import { pageOf } from '../../../common/pagination';
import { inWorkspace } from '../../db/database';
import { authorize } from '../../platform/auth/authenticate';
import type { App } from '../../platform/http/types';
import { createDistribution } from './create-distribution';
import { getDistribution, listDistributions } from './list-distributions';
import { distributionListQuery, distributionParams, surveyDistributionsParams } from './schemas';
import { updateDistribution } from './update-distribution';

const tags = ['distribution'];

export default async function distributionRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/distributions',
    {
      schema: {
        tags,
        summary: "A survey's distributions, newest first, with their tracking counts",
        params: surveyDistributionsParams,
        querystring: distributionListQuery,
        response: { 200: pageOf(distributionSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.read');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        listDistributions(tx, actor.workspaceId, req.params.surveyId, req.query, env.publicUrl),
      );
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/distributions',
    {
      schema: {
        tags,
        summary: 'Make a distribution: link, qr, embed, email, sms, wechat, widget or kiosk',
        params: surveyDistributionsParams,
        body: createDistributionBody,
        response: { 201: distributionSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.write');
      const made = await inWorkspace(db, actor.workspaceId, async (tx) => {
        const row = await createDistribution(tx, actor, req.params.surveyId, req.body);
        return getDistribution(tx, actor.workspaceId, row.id, env.publicUrl);
      });
      return reply.status(201).send(made);
    },
  );

  app.get(
    '/workspaces/:workspaceId/distributions/:distributionId',
    {
      schema: {
        tags,
        summary: 'One distribution with its tracking counts',
        params: distributionParams,
        response: { 200: distributionSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.read');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        getDistribution(tx, actor.workspaceId, req.params.distributionId, env.publicUrl),
      );
    },
  );

  app.patch(
    '/workspaces/:workspaceId/distributions/:distributionId',
    {
      schema: {
        tags,
        summary: 'Rename, pause (status paused), archive (status archived) or change the settings',
        params: distributionParams,
        body: updateDistributionBody,
        response: { 200: distributionSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.write');
      return inWorkspace(db, actor.workspaceId, async (tx) => {
        await updateDistribution(tx, actor, req.params.distributionId, req.body);
        return getDistribution(tx, actor.workspaceId, req.params.distributionId, env.publicUrl);
      });
    },
  );
}
