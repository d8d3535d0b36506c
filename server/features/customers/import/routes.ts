// /api/v1/workspaces/:workspaceId/customer-imports — customer imports from CSV and XLSX (M4):
// upload (multipart, one part `file`), correct the encoding or delimiter, start with a mapping (a
// dry run first if you like), follow the progress, cancel, download the rejected rows.
// Each route: authorize → validate → one use case → present.
import multipart from '@fastify/multipart';
import { pageOf } from '../../../../common/pagination';
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import { AppError, badRequest } from '../../../platform/errors';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { cancelImport } from './cancel-import';
import { removeImportFile } from './files';
import { getImportWithFields } from './get-import';
import { listImports } from './list-imports';
import { presentImport } from './present';
import { rejectsReport } from './rejects-report';
import { importListQuery, importParams, importSchema, startImportBody, updateImportBody } from './schemas';
import { startImport } from './start-import';
import { fieldsWithLabels } from './store';
import { updateImportSettings } from './update-import';
import { uploadImport, uploadLimits } from './upload';
import { attachment } from '../../../platform/http/attachment';

const tags = ['customers'];

export default async function customerImportRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;
  // Scoped to this plugin: only the upload route takes multipart bodies.
  await app.register(multipart);

  app.post(
    '/workspaces/:workspaceId/customer-imports',
    {
      schema: {
        tags,
        summary:
          'Upload a CSV or XLSX file of customers (multipart/form-data, one part named file, up to 1 GiB): ' +
          'detects the encoding and delimiter, reads the column names and the first 20 rows, suggests a mapping',
        consumes: ['multipart/form-data'],
        params: workspaceParams,
        response: { 201: importSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.ingest');
      if (!req.isMultipart()) {
        throw new AppError(
          415,
          'unsupported_media_type',
          'Send the file as multipart/form-data, in a part named file.',
        );
      }
      const part = await req
        .file({ limits: { fileSize: uploadLimits.maxBytes, files: 1, fields: 10 } })
        .catch((e: Error & { statusCode?: number }) => {
          // The plugin's own limits come with their 4xx; a body busboy cannot parse comes without.
          throw e.statusCode ? e : badRequest(`The multipart body cannot be read: ${e.message}`, 'file');
        });
      if (!part || part.fieldname !== 'file') throw badRequest('Send the file in a part named file.', 'file');
      const row = await uploadImport({
        db,
        dataDir: env.dataDir,
        actor,
        fileName: part.filename,
        stream: part.file,
      });
      const fields = await inWorkspace(db, actor.workspaceId, (tx) =>
        fieldsWithLabels(tx, actor.workspaceId),
      );
      return reply.status(201).send(presentImport(row, fields));
    },
  );

  app.get(
    '/workspaces/:workspaceId/customer-imports',
    {
      schema: {
        tags,
        summary: 'Customer imports, newest first',
        params: workspaceParams,
        querystring: importListQuery,
        response: { 200: pageOf(importSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.ingest');
      const page = await inWorkspace(db, actor.workspaceId, (tx) => listImports(tx, actor, req.query));
      return { items: page.items.map((i) => presentImport(i, page.fields)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/workspaces/:workspaceId/customer-imports/:importId',
    {
      schema: {
        tags,
        summary: 'One import: its file, mapping, status and counts (poll it for the progress)',
        params: importParams,
        response: { 200: importSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.ingest');
      const { row, fields } = await inWorkspace(db, actor.workspaceId, (tx) =>
        getImportWithFields(tx, actor, req.params.importId),
      );
      return presentImport(row, fields);
    },
  );

  app.patch(
    '/workspaces/:workspaceId/customer-imports/:importId',
    {
      schema: {
        tags,
        summary:
          'Correct the encoding or delimiter of an uploaded CSV: the column names and preview are read again (only while uploaded)',
        params: importParams,
        body: updateImportBody,
        response: { 200: importSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.ingest');
      const { row, fields } = await inWorkspace(db, actor.workspaceId, async (tx) => {
        const updated = await updateImportSettings(tx, actor, env.dataDir, req.params.importId, req.body);
        return { row: updated, fields: await fieldsWithLabels(tx, actor.workspaceId) };
      });
      return presentImport(row, fields);
    },
  );

  app.post(
    '/workspaces/:workspaceId/customer-imports/:importId/start',
    {
      schema: {
        tags,
        summary:
          'Start the import (or a dry run) with a mapping column → target and the identity to match customers by (409 import_state unless uploaded or after a dry run)',
        params: importParams,
        body: startImportBody,
        response: { 202: importSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.ingest');
      const { row, fields } = await inWorkspace(db, actor.workspaceId, (tx) =>
        startImport(tx, actor, req.params.importId, req.body),
      );
      return reply.status(202).send(presentImport(row, fields));
    },
  );

  app.post(
    '/workspaces/:workspaceId/customer-imports/:importId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an import: before it starts, or while it runs (it stops at its next batch)',
        params: importParams,
        response: { 200: importSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.ingest');
      const { row, fields, removeFile } = await inWorkspace(db, actor.workspaceId, (tx) =>
        cancelImport(tx, actor, req.params.importId),
      );
      if (removeFile) await removeImportFile(env.dataDir, actor.workspaceId, row.id);
      return presentImport(row, fields);
    },
  );

  app.get(
    '/workspaces/:workspaceId/customer-imports/:importId/rejects.csv',
    {
      schema: {
        tags,
        summary:
          'Every rejected row and why (row, code, field, message, then its columns): UTF-8 CSV with a BOM',
        params: importParams,
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.ingest');
      const report = await rejectsReport(db, actor, req.params.importId);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment(report.fileName))
        .header('cache-control', 'no-store')
        .send(report.stream);
    },
  );
}
