// The backup file: gzip of a text stream made of
//
//   {"format":"rapport-backup","version":1,…}   one line: the manifest (JSON)
//   @table <name>                                 then per table, in load order:
//   <rows in COPY text format, one per line>        tabs between columns, \N for NULL, and
//   \.                                              backslash escapes for \, tab, CR and LF
//   @end {"rows":{"<table>":n,…}}                 last line: row counts, proof the file is whole
//
// COPY text escapes every backslash, newline and carriage return inside a value, so a row never
// spans lines and no row can read as the `\.` terminator. Values are written under fixed settings
// (SESSION_SETTINGS) so the same data always makes the same bytes.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export const FORMAT = 'rapport-backup';
export const FORMAT_VERSION = 1;

export interface BackupManifest {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  /** The server's version string, for the reader's information. */
  server: string;
  /** Kysely migrations applied to the database backed up: its schema version. */
  migrations: string[];
  /** In file order, which is a valid load order. */
  tables: { name: string; columns: string[] }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

export interface BackupTrailer {
  rows: Record<string, number>;
}

/** Set (transaction-local) by both backup and restore, so text forms are read as they were written. */
export const SESSION_SETTINGS = `SELECT set_config('rapport.scope', 'system', true),
  set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true),
  set_config('IntervalStyle', 'postgres', true), set_config('extra_float_digits', '3', true),
  set_config('bytea_output', 'hex', true), set_config('statement_timeout', '0', true),
  set_config('idle_in_transaction_session_timeout', '0', true)`;

export type BackupPart =
  | { kind: 'manifest'; manifest: BackupManifest }
  | { kind: 'table'; name: string }
  /** Whole or partial COPY lines of the current table; `rows` counts the line ends in `data`. */
  | { kind: 'rows'; data: Buffer; rows: number }
  | { kind: 'table-end' }
  | { kind: 'end'; trailer: BackupTrailer };

const NL = 0x0a;
const TERMINATOR = Buffer.from('\\.\n');
/** Manifest and marker lines are small; a longer one means this is not a backup file. */
const MAX_LINE = 16 * 1024 * 1024;

export class BackupFormatError extends Error {}

function parseManifest(line: string): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(line) as BackupManifest;
  } catch {
    throw new BackupFormatError('This is not a Rapport backup (no manifest on its first line).');
  }
  if (manifest?.format !== FORMAT) throw new BackupFormatError('This is not a Rapport backup.');
  if (manifest.version !== FORMAT_VERSION) {
    throw new BackupFormatError(
      `This backup has format version ${manifest.version}; this Rapport reads version ${FORMAT_VERSION}.`,
    );
  }
  return manifest;
}

function parseTrailer(text: string): BackupTrailer {
  try {
    return JSON.parse(text) as BackupTrailer;
  } catch {
    throw new BackupFormatError('The backup is damaged: its last line is unreadable.');
  }
}

/**
 * Reads a backup file as a stream of parts, in constant memory: row data is handed on in slices of
 * the decompressed chunks (a long row may arrive in several slices), never gathered.
 */
export async function* readBackup(file: string): AsyncGenerator<BackupPart> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (e) => gunzip.destroy(e));
  source.pipe(gunzip);

  let state: 'manifest' | 'between' | 'rows' | 'done' = 'manifest';
  let atLineStart = true;
  let carry: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      carry = Buffer.alloc(0);
      let pos = 0;
      let dataStart = -1;
      let rows = 0;
      while (pos < buf.length) {
        if (state === 'rows') {
          if (atLineStart) {
            const rest = buf.length - pos;
            if (rest < TERMINATOR.length && TERMINATOR.subarray(0, rest).equals(buf.subarray(pos))) {
              carry = buf.subarray(pos); // maybe the terminator, maybe a row: the next chunk tells
              break;
            }
            if (buf.subarray(pos, pos + TERMINATOR.length).equals(TERMINATOR)) {
              if (dataStart >= 0) yield { kind: 'rows', data: buf.subarray(dataStart, pos), rows };
              dataStart = -1;
              rows = 0;
              yield { kind: 'table-end' };
              pos += TERMINATOR.length;
              state = 'between';
              continue;
            }
          }
          if (dataStart < 0) dataStart = pos;
          const nl = buf.indexOf(NL, pos);
          if (nl < 0) {
            pos = buf.length;
            atLineStart = false;
          } else {
            pos = nl + 1;
            rows++;
            atLineStart = true;
          }
          continue;
        }
        const nl = buf.indexOf(NL, pos);
        if (nl < 0) {
          carry = Buffer.from(buf.subarray(pos));
          if (carry.length > MAX_LINE) throw new BackupFormatError('This is not a Rapport backup.');
          break;
        }
        const line = buf.toString('utf8', pos, nl);
        pos = nl + 1;
        if (state === 'manifest') {
          yield { kind: 'manifest', manifest: parseManifest(line) };
          state = 'between';
        } else if (state === 'between' && line.startsWith('@table ')) {
          yield { kind: 'table', name: line.slice('@table '.length) };
          state = 'rows';
          atLineStart = true;
        } else if (state === 'between' && line.startsWith('@end ')) {
          yield { kind: 'end', trailer: parseTrailer(line.slice('@end '.length)) };
          state = 'done';
        } else {
          throw new BackupFormatError(`The backup is damaged: unexpected line "${line.slice(0, 60)}".`);
        }
      }
      if (dataStart >= 0) yield { kind: 'rows', data: buf.subarray(dataStart, pos), rows };
    }
  } catch (e) {
    if (e instanceof BackupFormatError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`No such file: ${file}`, { cause: e });
    if (code?.startsWith('Z_')) {
      throw new BackupFormatError(
        `The backup file is damaged or not a Rapport backup (${(e as Error).message}).`,
        { cause: e },
      );
    }
    throw e;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (state !== 'done' || carry.length) {
    throw new BackupFormatError(
      'The backup file ends early: it is incomplete (was the backup interrupted?).',
    );
  }
}
