// /api/v1/workspaces/:workspaceId/report-schedules — scheduled report emails (weekly or monthly,
// PDF or DOCX, to a list) — and …/analytics/surveys/:surveyId/report.pdf|docx, a report made now.
// Each route: authorize → validate (schema) → one use case in the workspace's transaction → present.
import { pageOf } from '../../../../common/pagination';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import { notFound } from '../../../platform/errors';
import { paginate } from '../../../platform/http/pagination';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { createSchedule } from './create-schedule';
import { deleteSchedule } from './delete-schedule';
import { attachment } from '../../../platform/http/attachment';
import { downloadReport } from './download-report';
import { presentSchedule } from './present';
import {
  createScheduleBody,
  REPORT_FORMATS,
  reportFileParams,
  reportFileQuery,
  scheduleListQuery,
  scheduleParams,
  scheduleSchema,
  sendNowSchema,
  updateScheduleBody,
} from './schemas';
import { sendScheduleNow } from './send-now';
import { findSchedule, schedulesQuery } from './store';
import { updateSchedule } from './update-schedule';

const tags = ['reports'];

export default async function reportRoutes(app: App): Promise<void> {
  const { db } = app.deps;
  const base = '/workspaces/:workspaceId/report-schedules';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Scheduled report emails, newest first',
        params: workspaceParams,
        querystring: scheduleListQuery,
        response: { 200: pageOf(scheduleSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'reports.read');
      const page = await inWorkspace(db, actor.workspaceId, (tx) =>
        paginate(schedulesQuery(tx, actor.workspaceId, req.query.surveyId), 'id', req.query),
      );
      return { items: page.items.map(presentSchedule), nextCursor: page.nextCursor };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary:
          'Schedule a report email: weekly (Mondays 08:00) or monthly (the 1st, 08:00) in the workspace time zone, ' +
          'covering the last whole week or month',
        params: workspaceParams,
        body: createScheduleBody,
        response: { 201: scheduleSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'reports.write');
      const row = await inWorkspace(db, actor.workspaceId, (tx) => createSchedule(tx, actor, req.body));
      return reply.status(201).send(presentSchedule(row));
    },
  );

  app.get(
    `${base}/:scheduleId`,
    {
      schema: {
        tags,
        summary: 'One report schedule',
        params: scheduleParams,
        response: { 200: scheduleSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'reports.read');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        findSchedule(tx, actor.workspaceId, req.params.scheduleId),
      );
      if (!row) throw notFound('report schedule');
      return presentSchedule(row);
    },
  );

  app.patch(
    `${base}/:scheduleId`,
    {
      schema: {
        tags,
        summary: 'Change a report schedule (a new frequency moves the next send)',
        params: scheduleParams,
        body: updateScheduleBody,
        response: { 200: scheduleSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'reports.write');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        updateSchedule(tx, actor, req.params.scheduleId, req.body),
      );
      return presentSchedule(row);
    },
  );

  app.delete(
    `${base}/:scheduleId`,
    { schema: { tags, summary: 'Stop and remove a report schedule', params: scheduleParams } },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'reports.write');
      await inWorkspace(db, actor.workspaceId, (tx) => deleteSchedule(tx, actor, req.params.scheduleId));
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/:scheduleId/send-now`,
    {
      schema: {
        tags,
        summary:
          "Send the schedule's report for the last whole week or month now (queued; the next regular send stays)",
        params: scheduleParams,
        response: { 202: sendNowSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'reports.write');
      const queued = await inWorkspace(db, actor.workspaceId, (tx) =>
        sendScheduleNow(tx, actor, req.params.scheduleId),
      );
      return reply.status(202).send(queued);
    },
  );

  for (const format of REPORT_FORMATS) {
    app.get(
      `/workspaces/:workspaceId/analytics/surveys/:surveyId/report.${format}`,
      {
        schema: {
          tags,
          summary: `The survey's ${format.toUpperCase()} report, made now (summary, charts, store table with significance)`,
          params: reportFileParams,
          querystring: reportFileQuery,
        },
      },
      async (req, reply) => {
        const actor = await authorize(req, req.params.workspaceId, 'analytics.export');
        const file = await downloadReport(db, actor.workspaceId, {
          surveyId: req.params.surveyId,
          format,
          period: req.query.period,
          ...(req.query.language ? { language: req.query.language } : {}),
        });
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', attachment(file.fileName))
          .header('cache-control', 'no-store')
          .send(file.buffer);
      },
    );
  }
}
