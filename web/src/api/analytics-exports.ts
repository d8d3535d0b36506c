// Analytics exports (M3): a survey's responses as CSV, XLSX or SPSS, or its report as PDF or DOCX,
// made by a job on the server. The console asks, polls while one runs, downloads, deletes.
// The shapes mirror server/features/analytics/exports/.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnalyticsFilters } from './analytics';
import { api } from './client';
import { useCursorList } from './list';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'sav', 'pdf', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportStatus = 'queued' | 'running' | 'done' | 'failed';

/** Still moving: the console polls every second while an export is in one of these. */
export const isExportActive = (status: string): boolean => status === 'queued' || status === 'running';

export interface AnalyticsExport {
  id: string;
  surveyId: string;
  format: ExportFormat;
  status: ExportStatus;
  /** Responses written so far. */
  processed: number;
  /** Responses to write; null until the job has started. */
  total: number | null;
  fileName: string | null;
  byteSize: number | null;
  error: string | null;
  filters: AnalyticsFilters;
  language: string;
  createdAt: string;
  finishedAt: string | null;
  expiresAt: string | null;
  /** Same-origin URL of the file once done (the session cookie authorises it). */
  downloadUrl: string | null;
}

export interface CreateExport {
  surveyId: string;
  format: ExportFormat;
  filters?: AnalyticsFilters;
  language?: string;
}

const key = (workspaceId: string) => ['ws', workspaceId, 'analytics-exports'] as const;
const base = (workspaceId: string) => `/workspaces/${workspaceId}/analytics/exports`;

/** A survey's exports, newest first; refreshed every second while one is queued or running. */
export function useExports(workspaceId: string, surveyId: string) {
  return useCursorList<AnalyticsExport>(
    [...key(workspaceId), 'list'],
    base(workspaceId),
    { surveyId },
    {
      refetchInterval: (items) => (items.some((e) => isExportActive(e.status)) ? 1000 : false),
    },
  );
}

export function useExportMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: key(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (body: CreateExport) => api<AnalyticsExport>(base(workspaceId), { method: 'POST', body }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`${base(workspaceId)}/${id}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
  };
}
