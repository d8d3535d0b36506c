// /api/v1/workspaces/:workspaceId/analytics/exports — a survey's responses as CSV, XLSX or SPSS,
// or its report as PDF or DOCX, made by a job: ask (202), follow the progress, download, delete.
// Files are kept 7 days. Everything here needs analytics.export: the files are raw response data.
// Each route: authorize → validate → one use case → present.
import { pageOf } from '../../../../common/pagination';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { createExport } from './create-export';
import { deleteExport } from './delete-export';
import { downloadExport } from './download-export';
import { removeExportFiles } from './files';
import { getExport } from './get-export';
import { listExports } from './list-exports';
import { presentExport } from './present';
import { createExportBody, exportListQuery, exportParams, exportSchema } from './schemas';
import { attachment } from '../../../platform/http/attachment';

const tags = ['analytics'];

export default async function exportRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;

  app.post(
    '/workspaces/:workspaceId/analytics/exports',
    {
      schema: {
        tags,
        summary:
          "Export a survey's complete responses (csv, xlsx, sav) or its report (pdf, docx), with the analytics filters; " +
          'runs as a job: poll GET …/exports/:id, then download …/file',
        params: workspaceParams,
        body: createExportBody,
        response: { 202: exportSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.export');
      const row = await inWorkspace(db, actor.workspaceId, (tx) => createExport(tx, actor, req.body));
      return reply.status(202).send(presentExport(row));
    },
  );

  app.get(
    '/workspaces/:workspaceId/analytics/exports',
    {
      schema: {
        tags,
        summary: 'Exports not yet expired (of one survey with ?surveyId), newest first',
        params: workspaceParams,
        querystring: exportListQuery,
        response: { 200: pageOf(exportSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.export');
      const page = await inWorkspace(db, actor.workspaceId, (tx) => listExports(tx, actor, req.query));
      return { items: page.items.map(presentExport), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/workspaces/:workspaceId/analytics/exports/:exportId',
    {
      schema: {
        tags,
        summary:
          'One export: status, processed of total (poll it for the progress), the download URL once done',
        params: exportParams,
        response: { 200: exportSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.export');
      const row = await inWorkspace(db, actor.workspaceId, (tx) => getExport(tx, actor, req.params.exportId));
      return presentExport(row);
    },
  );

  app.get(
    '/workspaces/:workspaceId/analytics/exports/:exportId/file',
    {
      schema: {
        tags,
        summary: 'The export file, as an attachment (409 export_not_ready until the export is done); audited',
        params: exportParams,
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.export');
      const file = await downloadExport(db, env.dataDir, actor, req.params.exportId);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', file.size)
        .header('content-disposition', attachment(file.fileName))
        .header('cache-control', 'no-store')
        .send(file.stream);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/analytics/exports/:exportId',
    {
      schema: {
        tags,
        summary: 'Delete an export and its file (a running one stops at its next batch)',
        params: exportParams,
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'analytics.export');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        deleteExport(tx, actor, req.params.exportId),
      );
      await removeExportFiles(env.dataDir, actor.workspaceId, row.id, row.format);
      return reply.status(204).send();
    },
  );
}
