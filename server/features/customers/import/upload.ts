// POST /customer-imports: the uploaded file goes straight to disk as it arrives (never whole in
// memory), its first bytes kept on the way to tell XLSX from CSV and, for a CSV, the encoding (the
// whole file is checked for UTF-8 as it passes) and the delimiter; then the column names and the
// first rows are read back. A file Rapport cannot read is refused (400 unsupported_file) and
// nothing is kept.
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../../../db/database';
import { inWorkspace } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { AppError, badRequest } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import { detectEncoding, SAMPLE_BYTES, Utf8Checker, type Encoding } from './detect-encoding';
import { importDir, importFile } from './files';
import { assertText, formatOf, readHead, sniffDelimiter, unsupportedFile } from './inspect-file';
import { insertImport } from './store';

/** The largest file accepted. Tests lower it; it is read at each upload. */
export const uploadLimits = { maxBytes: 1024 ** 3 };

export const tooLarge = () =>
  new AppError(
    413,
    'payload_too_large',
    `The file is larger than ${Math.round(uploadLimits.maxBytes / 1024 ** 2)} MiB: split it into several imports.`,
    'file',
  );

export interface UploadOptions {
  db: Db;
  dataDir: string;
  actor: Actor;
  fileName: string;
  /** The file part; busboy marks it `truncated` when it went past the size limit. */
  stream: Readable & { truncated?: boolean };
}

/** Passes bytes through, keeping the first SAMPLE_BYTES, the size and UTF-8 validity. */
class Sniffer extends Transform {
  head = Buffer.alloc(0);
  size = 0;
  readonly utf8 = new Utf8Checker();

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, c?: Buffer) => void) {
    if (this.head.length < SAMPLE_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, SAMPLE_BYTES - this.head.length)]);
    }
    this.size += chunk.length;
    this.utf8.push(chunk);
    done(null, chunk);
  }

  override _flush(done: () => void) {
    this.utf8.end();
    done();
  }
}

export async function uploadImport(opts: UploadOptions) {
  const ws = opts.actor.workspaceId;
  const id = newId();
  const file = importFile(opts.dataDir, ws, id);
  await fs.mkdir(importDir(opts.dataDir, ws), { recursive: true });
  const sniffer = new Sniffer();
  const out = createWriteStream(file, { flags: 'wx' });
  try {
    await pipeline(opts.stream, sniffer, out);
    if (opts.stream.truncated) throw tooLarge();
    if (sniffer.size === 0) throw unsupportedFile('The file is empty.');

    const format = formatOf(sniffer.head);
    let encoding: Encoding | null = null;
    if (format === 'csv') {
      const { valid, firstInvalidAt } = sniffer.utf8;
      const sample = valid ? sniffer.head : await sampleAt(file, firstInvalidAt);
      encoding = detectEncoding(sniffer.head, valid, sample);
      assertText(sniffer.head, encoding);
    }
    const delimiter = encoding ? sniffDelimiter(sniffer.head, encoding) : null;
    const head = await readHead(file, { format, encoding, delimiter });
    return await inWorkspace(opts.db, ws, (tx) =>
      insertImport(tx, {
        workspace_id: ws,
        id,
        file_name: opts.fileName.slice(0, 255) || 'upload',
        file_size: sniffer.size,
        format,
        encoding,
        delimiter,
        headers: JSON.stringify(head.headers),
        preview: JSON.stringify(head.preview),
        created_by: opts.actor.userId,
      }),
    );
  } catch (e) {
    // When the upload fails early, the write stream may still be opening the file: removing it
    // before the stream closes would leave the new file behind.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    await fs.rm(file, { force: true });
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    // The client's bytes stopped or made no sense (busboy destroyed the part), rather than our failure.
    if (opts.stream.errored && !(e instanceof AppError)) {
      throw badRequest(
        `The upload was cut off or is not valid multipart data: ${(e as Error).message}`,
        'file',
      );
    }
    throw e;
  }
}

/** SAMPLE_BYTES of the file around its first non-UTF-8 byte, where the telling text is. */
async function sampleAt(file: string, offset: number): Promise<Buffer> {
  const start = Math.max(0, offset - 1024);
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, start);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
