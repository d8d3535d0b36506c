// /api/v1/workspaces/:workspaceId/surveys/:surveyId/responses — reading responses in the console.
import { pageOf } from '../../../common/pagination';
import { inWorkspace } from '../../db/database';
import { authorize } from '../../platform/auth/authenticate';
import { notFound } from '../../platform/errors';
import { paginate } from '../../platform/http/pagination';
import type { App } from '../../platform/http/types';
import {
  responseDetailSchema,
  responseListQuery,
  responseParams,
  responseSummarySchema,
  surveyParams,
} from '../surveys/schemas';
import { surveyExists } from '../surveys/published';
import { presentResponse, presentResponseSummary } from './present';

const tags = ['responses'];

export default async function responseRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/responses',
    {
      schema: {
        tags,
        summary: "A survey's responses, newest first, with filters",
        params: surveyParams,
        querystring: responseListQuery,
        response: { 200: pageOf(responseSummarySchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'responses.read');
      const f = req.query;
      const page = await inWorkspace(db, actor.workspaceId, async (tx) => {
        if (!(await surveyExists(tx, actor.workspaceId, req.params.surveyId))) throw notFound('survey');
        let q = tx
          .selectFrom('responses')
          .selectAll()
          .where('workspace_id', '=', actor.workspaceId)
          .where('survey_id', '=', req.params.surveyId);
        if (f.status) q = q.where('status', '=', f.status);
        if (f.version) q = q.where('version', '=', f.version);
        if (f.waveId) q = q.where('wave_id', '=', f.waveId);
        if (f.locationId) q = q.where('location_id', '=', f.locationId);
        if (f.channel) q = q.where('channel', '=', f.channel);
        if (f.language) q = q.where('language', '=', f.language);
        if (f.from) q = q.where('started_at', '>=', new Date(f.from));
        if (f.to) q = q.where('started_at', '<', new Date(f.to));
        return paginate(q, 'id', f);
      });
      return { items: page.items.map(presentResponseSummary), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/responses/:responseId',
    {
      schema: {
        tags,
        summary: 'One response with its answers',
        params: responseParams,
        response: { 200: responseDetailSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'responses.read');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        tx
          .selectFrom('responses')
          .selectAll()
          .where('workspace_id', '=', actor.workspaceId)
          .where('survey_id', '=', req.params.surveyId)
          .where('id', '=', req.params.responseId)
          .executeTakeFirst(),
      );
      if (!row) throw notFound('response');
      return presentResponse(row);
    },
  );
}
