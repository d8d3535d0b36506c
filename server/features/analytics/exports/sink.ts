// A raw-data file being written, one batch of responses at a time: CSV, XLSX or SPSS. The job
// opens one on the `.part` file, adds every batch, and finishes it (or closes it on failure).
import type { ExportColumn, ExportRow } from './columns';

export interface ExportSink {
  add(rows: readonly ExportRow[]): Promise<void>;
  /** Completes the file. */
  finish(): Promise<void>;
  /** Releases the file after a failure (the job removes it). */
  close(): Promise<void>;
}

export interface SinkOptions {
  path: string;
  columns: readonly ExportColumn[];
  language: string;
  /** The survey's name, as the file's title. */
  title: string;
  /** SPSS: the widest value, in bytes, of each text column. */
  textWidths: Map<string, number>;
}
