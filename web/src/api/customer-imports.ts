// Customer imports (M4): upload a CSV or XLSX file, correct the detected encoding or delimiter,
// map its columns, start (dry run or for real), follow the progress, download the rejected rows.
// The shapes mirror server/features/customers/import/.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, toApiError } from './client';
import type { IdentityKind } from './customers';
import { useCursorList } from './list';
import { meKey } from './me';
import type { Me } from './types';

export type ImportStatus = 'uploaded' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Still moving: the console polls while an import is in one of these. */
export const isImportActive = (status: string): boolean => status === 'queued' || status === 'running';

export interface CustomerImport {
  id: string;
  fileName: string;
  fileSize: number;
  format: 'csv' | 'xlsx';
  /** As detected (utf-8, utf-8-bom, gb18030, utf-16le…) or as overridden. */
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  /** The first data rows, as text. */
  preview: string[][];
  /** header → target, the server's guess from the headers' names. */
  suggestedMapping: Record<string, string>;
  status: ImportStatus | string;
  totalRows: number | null;
  processedRows: number;
  inserted: number;
  updated: number;
  rejected: number;
  dryRun: boolean;
  matchBy: IdentityKind | null;
  mapping: Record<string, string> | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface StartImport {
  mapping: Record<string, string>;
  matchBy: IdentityKind;
  dryRun: boolean;
}

const key = (workspaceId: string) => ['ws', workspaceId, 'customer-imports'] as const;
const base = (workspaceId: string) => `/workspaces/${workspaceId}/customer-imports`;

export function useImports(workspaceId: string) {
  return useCursorList<CustomerImport>([...key(workspaceId), 'list'], base(workspaceId), undefined, {
    // A running import's counts move: refresh the list while one is queued or running.
    refetchInterval: (items) => (items.some((i) => isImportActive(i.status)) ? 2000 : false),
  });
}

/** One import; polled every second while it is queued or running. */
export function useImport(workspaceId: string, importId: string | null) {
  return useQuery({
    queryKey: [...key(workspaceId), 'one', importId],
    queryFn: ({ signal }) => api<CustomerImport>(`${base(workspaceId)}/${importId}`, { signal }),
    enabled: importId !== null,
    refetchInterval: (q) => (q.state.data && isImportActive(q.state.data.status) ? 1000 : false),
  });
}

/** The rejected rows with the reason for each (a UTF-8 CSV with a BOM, for Excel). */
export const rejectsUrl = (workspaceId: string, importId: string) =>
  `/api/v1${base(workspaceId)}/${importId}/rejects.csv`;

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** A multipart upload: api() speaks JSON only. The CSRF token is the one /me handed out. */
async function upload(workspaceId: string, file: File, csrfToken: string | undefined) {
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(`/api/v1${base(workspaceId)}`, {
      method: 'POST',
      body: form,
      headers: { accept: 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  const body = parseJson(await res.text());
  if (!res.ok) throw toApiError(res.status, body);
  return body as CustomerImport;
}

export function useImportMutations(workspaceId: string) {
  const qc = useQueryClient();
  const path = base(workspaceId);
  const changed = (i: CustomerImport) => {
    qc.setQueryData([...key(workspaceId), 'one', i.id], i);
    void qc.invalidateQueries({ queryKey: [...key(workspaceId), 'list'] });
  };
  return {
    upload: useMutation({
      mutationFn: (file: File) => upload(workspaceId, file, qc.getQueryData<Me | null>(meKey)?.csrfToken),
      onSuccess: changed,
    }),
    /** Re-reads the headers and preview with another encoding or delimiter (only before a start). */
    settings: useMutation({
      mutationFn: ({ id, ...body }: { id: string; encoding?: string; delimiter?: string }) =>
        api<CustomerImport>(`${path}/${id}`, { method: 'PATCH', body }),
      onSuccess: changed,
    }),
    start: useMutation({
      mutationFn: ({ id, ...body }: StartImport & { id: string }) =>
        api<CustomerImport>(`${path}/${id}/start`, { method: 'POST', body }),
      onSuccess: (i) => {
        changed(i);
        // Customers come and go once it runs; the list should not show a stale page afterwards.
        void qc.invalidateQueries({ queryKey: ['ws', workspaceId, 'customers'] });
      },
    }),
    cancel: useMutation({
      mutationFn: (id: string) => api<CustomerImport>(`${path}/${id}/cancel`, { method: 'POST' }),
      onSuccess: changed,
    }),
  };
}
