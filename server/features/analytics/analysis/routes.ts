// /api/v1/workspaces/:workspaceId/analytics — crosstab with chi-square, SERVQUAL gap,
// importance–performance and key drivers, over the same filters as every analytics query.
// Definitions: docs/ANALYTICS.md.
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { runCrosstab } from './run-crosstab';
import { runDrivers } from './run-drivers';
import { runGap } from './run-gap';
import { runImportancePerformance } from './run-importance-performance';
import {
  crosstabAnswerSchema,
  crosstabBody,
  driversAnswerSchema,
  driversBody,
  gapAnswerSchema,
  gapBody,
  importancePerformanceAnswerSchema,
  importancePerformanceBody,
} from './schemas';

const tags = ['analytics'];
const base = '/workspaces/:workspaceId/analytics';

export default async function analysisRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    `${base}/crosstab`,
    {
      schema: {
        tags,
        summary:
          'A crosstab of two categorical variables with row/column % and a chi-square test of independence',
        params: workspaceParams,
        body: crosstabBody,
        response: { 200: crosstabAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.read');
      return inWorkspace(db, actor.workspaceId, (tx) => runCrosstab(tx, actor.workspaceId, req.body));
    },
  );

  app.post(
    `${base}/gap`,
    {
      schema: {
        tags,
        summary:
          'SERVQUAL gap (perception − expectation) per item, per dimension and overall (422 analysis_not_possible without pairs)',
        params: workspaceParams,
        body: gapBody,
        response: { 200: gapAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.read');
      return inWorkspace(db, actor.workspaceId, (tx) => runGap(tx, actor.workspaceId, req.body));
    },
  );

  app.post(
    `${base}/importance-performance`,
    {
      schema: {
        tags,
        summary:
          'Importance–performance quadrants, importance stated (importance questions) or derived (correlation with an outcome)',
        params: workspaceParams,
        body: importancePerformanceBody,
        response: { 200: importancePerformanceAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.read');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        runImportancePerformance(tx, actor.workspaceId, req.body),
      );
    },
  );

  app.post(
    `${base}/drivers`,
    {
      schema: {
        tags,
        summary:
          'Key drivers of an outcome: correlations, standardised betas and relative weights (422 analysis_not_possible when the data cannot carry the model)',
        params: workspaceParams,
        body: driversBody,
        response: { 200: driversAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.read');
      return inWorkspace(db, actor.workspaceId, (tx) => runDrivers(tx, actor.workspaceId, req.body));
    },
  );
}
