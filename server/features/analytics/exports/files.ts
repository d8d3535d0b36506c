// Where an export's file lives: DATA_DIR/exports/<workspace id>/<export id>.<ext>, named by ids
// only (the name people see is sent in Content-Disposition). The job writes `<id>.<ext>.part` and
// renames it when complete, so a file under its final name is always whole.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportFormat } from '../../../db/schema';

export const exportDir = (dataDir: string, workspaceId: string) => path.join(dataDir, 'exports', workspaceId);

export const exportFile = (dataDir: string, workspaceId: string, exportId: string, format: ExportFormat) =>
  path.join(exportDir(dataDir, workspaceId), `${exportId}.${format}`);

export const partFile = (dataDir: string, workspaceId: string, exportId: string, format: ExportFormat) =>
  `${exportFile(dataDir, workspaceId, exportId, format)}.part`;

export async function removeExportFiles(
  dataDir: string,
  workspaceId: string,
  exportId: string,
  format: ExportFormat,
): Promise<void> {
  await fs.rm(exportFile(dataDir, workspaceId, exportId, format), { force: true });
  await fs.rm(partFile(dataDir, workspaceId, exportId, format), { force: true });
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sav: 'application/x-spss-sav',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A file name people can keep: the survey's name (Chinese too) without path or shell trouble, and the day. */
export function downloadName(surveyName: string, day: string, format: ExportFormat): string {
  const base = surveyName
    .replace(/[\p{Cc}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base || 'export'}-${day}.${format}`;
}
