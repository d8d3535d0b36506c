// Test helper: a small byte-level reader of the .sav dictionary — header, variable records and
// their labels, value labels, and the extension records the writer emits — written from the PSPP
// guide independently of sav-writer.ts, so a test can check the bytes and not just a round trip.
// Little-endian files only (the writer makes nothing else).

export interface ReadSav {
  recType: string;
  product: string;
  layoutCode: number;
  nominalCaseSize: number;
  compression: number;
  ncases: number;
  bias: number;
  fileLabel: string;
  /** Variable records that start a variable (continuations skipped), in order. */
  variables: { index: number; shortName: string; width: number; label: string | null; print: number }[];
  /** Dictionary index → value → label. */
  valueLabels: Map<number, Map<number, string>>;
  characterCode: number | null;
  encoding: string | null;
  /** Short name → long name (7/13). */
  longNames: Map<string, string>;
  /** Short name → width (7/14). */
  veryLong: Map<string, number>;
  /** Byte offset of the first case. */
  dataOffset: number;
}

export function readSavDictionary(bytes: Buffer): ReadSav {
  let at = 0;
  const int = () => {
    const v = bytes.readInt32LE(at);
    at += 4;
    return v;
  };
  const float = () => {
    const v = bytes.readDoubleLE(at);
    at += 8;
    return v;
  };
  const text = (n: number) => {
    const v = bytes.subarray(at, at + n).toString('utf8');
    at += n;
    return v;
  };
  const recType = text(4);
  const product = text(60).trimEnd();
  const [layoutCode, nominalCaseSize, compression] = [int(), int(), int()];
  int(); // weight index
  const ncases = int();
  const bias = float();
  at += 9 + 8; // creation date and time
  const fileLabel = text(64).trimEnd();
  at += 3; // padding
  const out: ReadSav = {
    recType,
    product,
    layoutCode,
    nominalCaseSize,
    compression,
    ncases,
    bias,
    fileLabel,
    variables: [],
    valueLabels: new Map(),
    characterCode: null,
    encoding: null,
    longNames: new Map(),
    veryLong: new Map(),
    dataOffset: 0,
  };
  let index = 0;
  let pending: Map<number, string> | null = null;
  for (;;) {
    const type = int();
    if (type === 2) {
      index++;
      const width = int();
      const hasLabel = int();
      const missing = int();
      const print = int();
      int(); // write format
      const shortName = text(8).trimEnd();
      let label: string | null = null;
      if (hasLabel) {
        const len = int();
        label = bytes.subarray(at, at + len).toString('utf8');
        at += Math.ceil(len / 4) * 4;
      }
      at += Math.abs(missing) * 8;
      if (width !== -1) out.variables.push({ index, shortName, width, label, print });
    } else if (type === 3) {
      pending = new Map();
      const count = int();
      for (let i = 0; i < count; i++) {
        const value = float();
        const len = bytes[at]!;
        const label = bytes.subarray(at + 1, at + 1 + len).toString('utf8');
        at += Math.ceil((1 + len) / 8) * 8;
        pending.set(value, label);
      }
    } else if (type === 4) {
      const count = int();
      for (let i = 0; i < count; i++) out.valueLabels.set(int(), pending!);
    } else if (type === 7) {
      const subtype = int();
      const size = int();
      const count = int();
      const data = bytes.subarray(at, at + size * count);
      at += size * count;
      if (subtype === 3) out.characterCode = data.readInt32LE(28);
      if (subtype === 20) out.encoding = data.toString('latin1');
      if (subtype === 13)
        for (const pair of data.toString('utf8').split('\t')) {
          const [short, long] = pair.split('=');
          out.longNames.set(short!, long!);
        }
      if (subtype === 14)
        for (const pair of data.toString('latin1').split('\0\t').filter(Boolean)) {
          const [short, width] = pair.split('=');
          out.veryLong.set(short!, Number(width));
        }
    } else if (type === 999) {
      int();
      out.dataOffset = at;
      return out;
    } else {
      throw new Error(`Unexpected record type ${type} at byte ${at - 4}`);
    }
  }
}
