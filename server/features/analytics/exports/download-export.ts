// GET /analytics/exports/:id/file — the finished file, streamed from DATA_DIR. Until the export is
// done: 409 export_not_ready (poll GET /:id). Every download is audited: the file is raw response
// data and may leave the building.
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { Db } from '../../../db/database';
import { inWorkspace } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { AppError, notFound } from '../../../platform/errors';
import { CONTENT_TYPES, exportFile } from './files';
import { getExport } from './get-export';

export async function downloadExport(db: Db, dataDir: string, actor: Actor, exportId: string) {
  const { row, path, size } = await inWorkspace(db, actor.workspaceId, async (tx) => {
    const found = await getExport(tx, actor, exportId);
    if (found.status !== 'done') {
      throw new AppError(
        409,
        'export_not_ready',
        found.status === 'failed'
          ? `The export failed: ${found.error ?? 'unknown error'}`
          : `The export is ${found.status}: its file is not ready yet.`,
      );
    }
    const file = exportFile(dataDir, actor.workspaceId, found.id, found.format);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat) throw notFound('export file');
    await writeAudit(tx, actor.workspaceId, actor, {
      action: 'analytics_export.downloaded',
      targetType: 'analytics_export',
      targetId: found.id,
      details: { surveyId: found.survey_id, format: found.format },
    });
    return { row: found, path: file, size: stat.size };
  });
  return {
    fileName: row.file_name ?? `export.${row.format}`,
    contentType: CONTENT_TYPES[row.format],
    size,
    stream: createReadStream(path),
  };
}
