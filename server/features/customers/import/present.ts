// The import as the API shows it. suggestedMapping is worked out when shown, so that a custom
// field defined after the upload is suggested too.
import type { IdentityKind } from '../../../../common/customers/identities';
import type { ImportRow } from './store';
import { suggestMapping } from './suggest-mapping';

export function presentImport(row: ImportRow, fields: { key: string; label: string }[]) {
  const headers = row.headers;
  return {
    id: row.id,
    fileName: row.file_name,
    fileSize: Number(row.file_size),
    format: row.format,
    encoding: row.encoding,
    delimiter: row.delimiter,
    headers,
    preview: row.preview,
    suggestedMapping: suggestMapping(headers, fields),
    status: row.status,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    inserted: row.inserted,
    updated: row.updated,
    rejected: row.rejected,
    dryRun: row.dry_run,
    matchBy: row.match_by as IdentityKind | null,
    mapping: row.mapping,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}
