// An SPSS system file (.sav) writer, after the PSPP developers' guide, appendix "System File
// Format" (the records below are named as there). No npm writer is kept up, and the format is
// small: a header, one variable record per 8 bytes of each variable, value labels (records 3 + 4),
// extension records 7/3 (integers, character code 65001 = UTF-8), 7/4 (floats), 7/11 (measure and
// alignment), 7/13 (long names), 7/14 (very long strings), 7/20 ("UTF-8"), the terminator 999,
// then the cases with bytecode compression (compression 1: small integers in one byte, missing
// values and blank 8-byte string units in one byte — text columns are mostly blank).
//
// Strings are UTF-8 throughout. A string wider than 255 bytes is a "very long string": segments of
// 255 bytes, one per 252 bytes of width (7/14 stitches them together), up to 32,767 bytes, the
// widest SPSS has; a longer value is cut there at a character boundary. Labels are cut at
// character boundaries too (variable labels at 255 bytes, value labels at 120, SPSS's limits).
// Little-endian, IEEE 754, as every system file seen in practice.
import type { FileHandle } from 'node:fs/promises';

export type Measure = 'nominal' | 'ordinal' | 'scale';

export interface SavVariable {
  /** The variable name: valid in SPSS (≤ 64 bytes, a letter first, unique ignoring case). */
  name: string;
  /** The variable label (question text). */
  label: string;
  type: 'numeric' | 'string';
  /** Strings: the width in bytes, 1..32767. */
  width?: number;
  /** Numeric display: 'F' with `decimals`, or 'DATETIME' (seconds since 14 Oct 1582). */
  format?: 'F' | 'DATETIME';
  decimals?: number;
  measure: Measure;
  valueLabels?: { value: number; label: string }[];
}

export type SavValue = number | string | null;

export const MAX_STRING_WIDTH = 32767;
const VARIABLE_LABEL_BYTES = 255;
const VALUE_LABEL_BYTES = 120;
const SYSMIS = -Number.MAX_VALUE;
const BIAS = 100;
/** Seconds from SPSS's epoch (the Gregorian calendar's first day, 14 Oct 1582) to 1970-01-01. */
export const SPSS_EPOCH_OFFSET = 12219379200;
/** Where the header keeps the number of cases (written as -1, patched when the cases are in). */
const NCASES_OFFSET = 80;

const RESERVED = new Set(['ALL', 'AND', 'BY', 'EQ', 'GE', 'GT', 'LE', 'LT', 'NE', 'NOT', 'OR', 'TO', 'WITH']);

/** Whether `name` may name an SPSS variable (the column design makes sure every name does). */
export function isValidSavName(name: string): boolean {
  return (
    Buffer.byteLength(name) <= 64 &&
    /^[\p{L}@][\p{L}\p{N}_.$#@]*$/u.test(name) &&
    !name.endsWith('.') &&
    !RESERVED.has(name.toUpperCase())
  );
}

/** UTF-8 bytes of `text`, at most `max` of them, never splitting a character. */
export function utf8Cut(text: string, max: number): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--; // back off a continuation byte
  return bytes.subarray(0, end);
}

const segmentsOf = (width: number) => (width <= 255 ? 1 : Math.ceil(width / 252));

/** Width of each segment of a string variable (255 each but the last for very long strings). */
function segmentWidths(width: number): number[] {
  const n = segmentsOf(width);
  if (n === 1) return [width];
  return [...Array.from({ length: n - 1 }, () => 255), width - (n - 1) * 252];
}

const units = (width: number) => Math.ceil(width / 8);

interface Layout {
  variable: SavVariable;
  width: number; // 0 for numeric
  segments: number[]; // segment widths (numeric: [0])
  index: number; // 1-based dictionary index of the first record
  shortNames: string[]; // one per segment
}

function layoutOf(variables: readonly SavVariable[]): Layout[] {
  const seen = new Set<string>();
  let index = 1;
  let shortCounter = 0;
  return variables.map((variable) => {
    if (!isValidSavName(variable.name)) throw new Error(`Not an SPSS variable name: ${variable.name}`);
    const upper = variable.name.toUpperCase();
    if (seen.has(upper)) throw new Error(`Two variables are named ${variable.name}`);
    seen.add(upper);
    const width =
      variable.type === 'numeric' ? 0 : Math.min(MAX_STRING_WIDTH, Math.max(1, variable.width ?? 1));
    const segments = variable.type === 'numeric' ? [0] : segmentWidths(width);
    // Short names (8 bytes) are generated: V1, V2, … ; record 7/13 gives the real names.
    const shortNames = segments.map(() => `V${++shortCounter}`);
    const layout = { variable, width, segments, index, shortNames };
    index += segments.reduce((n, w) => n + (w === 0 ? 1 : units(w)), 0);
    return layout;
  });
}

/** Little-endian binary writing into a growing list of buffers. */
class Bytes {
  private parts: Buffer[] = [];
  int32(...values: number[]): this {
    for (const v of values) {
      const b = Buffer.alloc(4);
      b.writeInt32LE(v);
      this.parts.push(b);
    }
    return this;
  }
  float64(...values: number[]): this {
    for (const v of values) {
      const b = Buffer.alloc(8);
      b.writeDoubleLE(v);
      this.parts.push(b);
    }
    return this;
  }
  /** `text` padded with `pad` (or cut) to exactly `size` bytes. */
  fixed(text: string | Buffer, size: number, pad = 0x20): this {
    const b = Buffer.alloc(size, pad);
    (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).copy(b, 0, 0, size);
    this.parts.push(b);
    return this;
  }
  raw(b: Buffer): this {
    this.parts.push(b);
    return this;
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

const formatCode = (type: number, width: number, decimals: number) => (type << 16) | (width << 8) | decimals;

function printFormat(l: Layout, segmentWidth: number): number {
  if (l.variable.type === 'string') return formatCode(1, Math.min(255, segmentWidth), 0);
  if (l.variable.format === 'DATETIME') return formatCode(22, 20, 0);
  const decimals = l.variable.decimals ?? 0;
  return formatCode(5, decimals > 0 ? 12 : 8, decimals);
}

function headerRecord(totalUnits: number, opts: SavOptions): Buffer {
  const at = opts.createdAt ?? new Date();
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${two(at.getUTCDate())} ${months[at.getUTCMonth()]} ${two(at.getUTCFullYear() % 100)}`;
  const time = `${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}`;
  return new Bytes()
    .fixed('$FL2', 4)
    .fixed('@(#) SPSS DATA FILE Rapport', 60)
    .int32(2, totalUnits, 1, 0, -1) // layout, nominal case size, bytecode compression, no weight, ncases unknown
    .float64(BIAS)
    .fixed(date, 9)
    .fixed(time, 8)
    .fixed(utf8Cut(opts.fileLabel ?? '', 64), 64)
    .fixed('', 3, 0)
    .done();
}

function variableRecords(l: Layout): Buffer {
  const out = new Bytes();
  l.segments.forEach((segWidth, s) => {
    const label = s === 0 ? utf8Cut(l.variable.label, VARIABLE_LABEL_BYTES) : null;
    const format = printFormat(l, segWidth);
    out.int32(
      2,
      l.variable.type === 'numeric' ? 0 : segWidth,
      label && label.length ? 1 : 0,
      0,
      format,
      format,
    );
    out.fixed(l.shortNames[s]!, 8);
    if (label && label.length) out.int32(label.length).fixed(label, Math.ceil(label.length / 4) * 4);
    // A string wider than 8 bytes takes one more (dummy) record per further 8 bytes.
    for (let k = 1; k < units(segWidth); k++) out.int32(2, -1, 0, 0, 0, 0).fixed('', 8);
  });
  return out.done();
}

function valueLabelRecords(l: Layout): Buffer | null {
  const labels = l.variable.valueLabels;
  if (l.variable.type !== 'numeric' || !labels?.length) return null;
  const out = new Bytes().int32(3, labels.length);
  for (const { value, label } of labels) {
    const text = utf8Cut(label, VALUE_LABEL_BYTES);
    // The length byte and the label together fill a multiple of 8 bytes.
    const size = Math.ceil((1 + text.length) / 8) * 8;
    const entry = Buffer.alloc(size, 0x20);
    entry[0] = text.length;
    text.copy(entry, 1);
    out.float64(value).raw(entry);
  }
  return out.int32(4, 1, l.index).done();
}

const extension = (subtype: number, size: number, data: Buffer) =>
  new Bytes()
    .int32(7, subtype, size, data.length / size)
    .raw(data)
    .done();

const MEASURES: Record<Measure, number> = { nominal: 1, ordinal: 2, scale: 3 };

function extensionRecords(layouts: Layout[]): Buffer[] {
  const integerInfo = new Bytes().int32(1, 0, 0, -1, 1, 1, 2, 65001).done();
  const floatInfo = new Bytes().float64(SYSMIS, Number.MAX_VALUE, -Number.MAX_VALUE).done();
  // Measure, display width and alignment: once per segment, as PSPP writes and reads it.
  const display = new Bytes();
  for (const l of layouts) {
    for (const w of l.segments) {
      const numeric = l.variable.type === 'numeric';
      display.int32(
        MEASURES[l.variable.measure],
        numeric ? 10 : Math.min(40, Math.max(8, w)),
        numeric ? 1 : 0,
      );
    }
  }
  const longNames = Buffer.from(
    layouts.map((l) => `${l.shortNames[0]}=${l.variable.name}`).join('\t'),
    'utf8',
  );
  const records = [
    extension(3, 4, integerInfo),
    extension(4, 8, floatInfo),
    extension(11, 4, display.done()),
    extension(13, 1, longNames),
  ];
  const veryLong = layouts.filter((l) => l.segments.length > 1);
  if (veryLong.length) {
    const text = veryLong.map((l) => `${l.shortNames[0]}=${String(l.width).padStart(5, '0')}\0\t`).join('');
    records.push(extension(14, 1, Buffer.from(text, 'latin1')));
  }
  records.push(extension(20, 1, Buffer.from('UTF-8')));
  return records;
}

/** The 8-byte units of one case, before compression: numbers, or string bytes padded with spaces. */
function caseUnits(layouts: Layout[], values: readonly SavValue[]): (number | Buffer)[] {
  const out: (number | Buffer)[] = [];
  layouts.forEach((l, i) => {
    const value = values[i] ?? null;
    if (l.variable.type === 'numeric') {
      out.push(typeof value === 'number' && Number.isFinite(value) ? value : SYSMIS);
      return;
    }
    const bytes = utf8Cut(value === null ? '' : String(value), l.width);
    // Data is packed 255 bytes per segment (each segment's slot is rounded up to 8 bytes).
    l.segments.forEach((segWidth, s) => {
      const slot = Buffer.alloc(units(segWidth) * 8, 0x20);
      const from = s * 255;
      if (from < bytes.length)
        bytes.copy(slot, 0, from, Math.min(bytes.length, from + Math.min(255, segWidth)));
      for (let k = 0; k < slot.length; k += 8) out.push(slot.subarray(k, k + 8));
    });
  });
  return out;
}

const BLANK = Buffer.alloc(8, 0x20);

/** Bytecode compression (compression 1): blocks of 8 command bytes, each followed by its raw units. */
class Compressor {
  private commands: number[] = [];
  private raws: Buffer[] = [];
  private out: Buffer[] = [];

  push(unit: number | Buffer): void {
    if (typeof unit === 'number') {
      if (unit === SYSMIS) this.command(255);
      else if (Number.isInteger(unit) && unit >= 1 - BIAS && unit <= 251 - BIAS) this.command(unit + BIAS);
      else {
        const b = Buffer.alloc(8);
        b.writeDoubleLE(unit);
        this.command(253, b);
      }
    } else if (unit.equals(BLANK)) this.command(254);
    else this.command(253, unit);
  }

  private command(code: number, raw?: Buffer): void {
    this.commands.push(code);
    if (raw) this.raws.push(raw);
    if (this.commands.length === 8) this.flushBlock();
  }

  private flushBlock(): void {
    if (!this.commands.length) return;
    const block = Buffer.alloc(8, 0); // unused command bytes are 0: "ignored"
    this.commands.forEach((c, i) => (block[i] = c));
    this.out.push(block, ...this.raws);
    this.commands = [];
    this.raws = [];
  }

  /** What is complete so far (a partial block waits for more units). */
  take(): Buffer {
    const b = Buffer.concat(this.out);
    this.out = [];
    return b;
  }

  /** Everything, the last block padded. */
  end(): Buffer {
    this.flushBlock();
    return this.take();
  }
}

export interface SavOptions {
  /** The file label (64 bytes at most). */
  fileLabel?: string;
  createdAt?: Date;
}

/** The dictionary: everything before the cases. */
export function savDictionary(variables: readonly SavVariable[], opts: SavOptions = {}): Buffer {
  const layouts = layoutOf(variables);
  const totalUnits = layouts.reduce(
    (n, l) => n + l.segments.reduce((m, w) => m + (w === 0 ? 1 : units(w)), 0),
    0,
  );
  return Buffer.concat([
    headerRecord(totalUnits, opts),
    ...layouts.map(variableRecords),
    ...layouts.flatMap((l) => valueLabelRecords(l) ?? []),
    ...extensionRecords(layouts),
    new Bytes().int32(999, 0).done(),
  ]);
}

/**
 * Writes a .sav file into an open file handle: the dictionary, then cases as they come (call
 * `addCases` per batch), then `finish` records the number of cases in the header.
 */
export class SavWriter {
  private readonly layouts: Layout[];
  private readonly compressor = new Compressor();
  private position = 0;
  private cases = 0;

  constructor(
    private readonly file: FileHandle,
    private readonly variables: readonly SavVariable[],
    private readonly opts: SavOptions = {},
  ) {
    this.layouts = layoutOf(variables);
  }

  private async write(b: Buffer): Promise<void> {
    if (!b.length) return;
    await this.file.write(b, 0, b.length, this.position);
    this.position += b.length;
  }

  async start(): Promise<void> {
    await this.write(savDictionary(this.variables, this.opts));
  }

  async addCases(rows: readonly (readonly SavValue[])[]): Promise<void> {
    for (const row of rows) {
      for (const unit of caseUnits(this.layouts, row)) this.compressor.push(unit);
      this.cases++;
    }
    await this.write(this.compressor.take());
  }

  async finish(): Promise<number> {
    await this.write(this.compressor.end());
    const n = Buffer.alloc(4);
    n.writeInt32LE(this.cases);
    await this.file.write(n, 0, 4, NCASES_OFFSET);
    return this.cases;
  }
}
