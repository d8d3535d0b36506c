// Where an uploaded file waits for its import: DATA_DIR/imports/<workspace id>/<import id>. Named by
// ids only (never by the uploaded name), kept while the import can still start, deleted when it
// is over (done, failed or cancelled; a finished dry run keeps it for the real run).
import fs from 'node:fs/promises';
import path from 'node:path';

export const importDir = (dataDir: string, workspaceId: string) => path.join(dataDir, 'imports', workspaceId);

export const importFile = (dataDir: string, workspaceId: string, importId: string) =>
  path.join(importDir(dataDir, workspaceId), importId);

export async function removeImportFile(
  dataDir: string,
  workspaceId: string,
  importId: string,
): Promise<void> {
  await fs.rm(importFile(dataDir, workspaceId, importId), { force: true });
}
