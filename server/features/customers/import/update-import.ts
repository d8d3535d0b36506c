// PATCH /customer-imports/:id — the user corrects the detected encoding or delimiter (the names in
// the preview were mojibake, or everything landed in one column): the column names and the preview
// are read again with the correction. Only before the import starts.
import fs from 'node:fs/promises';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { AppError, badRequest } from '../../../platform/errors';
import { SAMPLE_BYTES, type Encoding } from './detect-encoding';
import type { Delimiter } from './detect-delimiter';
import { importFile } from './files';
import { getImport } from './get-import';
import { readHead, sniffDelimiter } from './inspect-file';
import type { UpdateImportBody } from './schemas';
import { updateImport } from './store';

export const importState = (message: string) => new AppError(409, 'import_state', message);

export async function updateImportSettings(
  tx: Tx,
  actor: Actor,
  dataDir: string,
  importId: string,
  body: UpdateImportBody,
) {
  const row = await getImport(tx, actor, importId, { lock: true });
  if (row.status !== 'uploaded') {
    throw importState(
      `The import is ${row.status}: the encoding and delimiter can change only before it starts.`,
    );
  }
  if (row.format === 'xlsx' && (body.encoding || body.delimiter)) {
    throw badRequest(
      'An XLSX workbook has no text encoding or delimiter to choose.',
      body.encoding ? 'encoding' : 'delimiter',
    );
  }
  if (!body.encoding && !body.delimiter) return row;
  const file = importFile(dataDir, actor.workspaceId, row.id);
  const encoding = (body.encoding ?? row.encoding ?? 'utf-8') as Encoding;
  // Another encoding may change how the first lines split (UTF-16 most of all): look again.
  const delimiter =
    body.delimiter ??
    (body.encoding ? sniffDelimiter(await readStart(file), encoding) : ((row.delimiter ?? ',') as Delimiter));
  const head = await readHead(file, { format: 'csv', encoding, delimiter });
  return updateImport(tx, actor.workspaceId, row.id, {
    encoding,
    delimiter,
    headers: JSON.stringify(head.headers),
    preview: JSON.stringify(head.preview),
  });
}

async function readStart(file: string): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
