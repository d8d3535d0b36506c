// An export as the API shows it.
import type { AnalyticsFilters } from '../../../../common/analytics/query';
import type { ExportRecord } from './store';

export function presentExport(row: ExportRecord) {
  const params = row.params as { filters?: AnalyticsFilters; language?: string };
  return {
    id: row.id,
    surveyId: row.survey_id,
    format: row.format,
    status: row.status,
    processed: row.processed,
    total: row.total,
    fileName: row.file_name,
    byteSize: row.byte_size === null ? null : Number(row.byte_size),
    error: row.error,
    filters: params.filters ?? {},
    language: params.language ?? 'en',
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    downloadUrl:
      row.status === 'done'
        ? `/api/v1/workspaces/${row.workspace_id}/analytics/exports/${row.id}/file`
        : null,
  };
}
