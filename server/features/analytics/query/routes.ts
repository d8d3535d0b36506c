// /api/v1/workspaces/:workspaceId/analytics — a metric with its breakdown, and what a survey offers
// to measure. Definitions: docs/ANALYTICS.md.
import { metricQuerySchema } from '../../../../common/analytics/query';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { loadAnalyticsSurvey, textIn } from '../scope/questions';
import { runMetricQuery } from './run-metric-query';
import {
  analyticsQuestionsSchema,
  metricAnswerSchema,
  questionsQuery,
  surveyQuestionsParams,
} from './schemas';

const tags = ['analytics'];

export default async function analyticsQueryRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/workspaces/:workspaceId/analytics/metric',
    {
      schema: {
        tags,
        summary:
          'A metric (NPS, CSAT, CES, mean, box, distribution, count, index) over filtered responses, by up to two dimensions',
        params: workspaceParams,
        body: metricQuerySchema,
        response: { 200: metricAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.read');
      return inWorkspace(db, actor.workspaceId, (tx) => runMetricQuery(tx, actor.workspaceId, req.body));
    },
  );

  app.get(
    '/workspaces/:workspaceId/analytics/surveys/:surveyId/questions',
    {
      schema: {
        tags,
        summary: 'The questions of a survey across its published versions, with scales, rows and options',
        params: surveyQuestionsParams,
        querystring: questionsQuery,
        response: { 200: analyticsQuestionsSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.read');
      const survey = await inWorkspace(db, actor.workspaceId, (tx) =>
        loadAnalyticsSurvey(tx, actor.workspaceId, req.params.surveyId),
      );
      const lang = req.query.language ?? survey.defaultLanguage;
      return {
        items: survey.questions.map((q) => ({
          id: q.id,
          type: q.type,
          title: textIn(q.title, lang),
          scale: q.scale,
          items: q.items.map((i) => ({ id: i.id, label: textIn(i.label, lang, i.id) })),
          options: q.options.map((o) => ({ id: o.id, label: textIn(o.label, lang, o.id) })),
        })),
      };
    },
  );
}
