// Which text encoding an uploaded CSV is in. Spreadsheets in China are saved as GBK by Excel,
// elsewhere as Windows-1252, UTF-8 (with or without a BOM) or UTF-16 ("Unicode text"): a wrong
// guess turns every name into mojibake, so the order of the checks matters:
// 1. a byte-order mark is certain; 2. NULs in every other byte mean UTF-16 without a BOM;
// 3. a file that is valid UTF-8 throughout is UTF-8 (other encodings almost never are);
// 4. otherwise chardet's statistics on a sample where the non-ASCII text is.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export const ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
  'shift_jis',
  'euc-kr',
  'windows-1252',
] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Bytes kept from the start of a file, and given to chardet. */
export const SAMPLE_BYTES = 64 * 1024;

export function encodingFromBom(head: Uint8Array): Encoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: ASCII text then has a NUL in every other byte. */
export function utf16WithoutBom(head: Uint8Array): Encoding | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNuls++;
    if (head[i + 1] === 0) oddNuls++;
  }
  const pairs = n / 2;
  if (oddNuls > pairs * 0.3 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.3 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/** chardet's names → ours. GB2312 and GBK are subsets of GB18030, so GB18030 decodes all three. */
export function fromChardet(name: string | null): Encoding {
  switch ((name ?? '').toUpperCase()) {
    case 'UTF-8':
      return 'utf-8';
    case 'GB18030':
    case 'GBK':
    case 'GB2312':
      return 'gb18030';
    case 'BIG5':
      return 'big5';
    case 'SHIFT_JIS':
      return 'shift_jis';
    case 'EUC-KR':
      return 'euc-kr';
    case 'UTF-16LE':
      return 'utf-16le';
    case 'UTF-16BE':
      return 'utf-16be';
    default:
      // ISO-8859-1 and its cousins: Windows-1252 is the superset Excel actually writes.
      return 'windows-1252';
  }
}

/**
 * Checks a stream of bytes for UTF-8 validity as it passes (during the upload), with Node's
 * native validator. A multi-byte character split between two chunks is carried over.
 */
export class Utf8Checker {
  valid = true;
  /** Where the first byte that is not UTF-8 is (about), for chardet to sample from. */
  firstInvalidAt = -1;
  private offset = 0;
  private carry: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    if (!this.valid) return;
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const start = this.offset - this.carry.length;
    const cut = incompleteTail(bytes);
    const whole = bytes.subarray(0, bytes.length - cut);
    if (!isUtf8(whole)) {
      this.valid = false;
      this.firstInvalidAt = start + firstInvalid(whole);
    }
    this.carry = Buffer.from(bytes.subarray(bytes.length - cut));
    this.offset += chunk.length;
  }

  /** At the end of the file a carried partial character is invalid. */
  end(): void {
    if (this.valid && this.carry.length) {
      this.valid = false;
      this.firstInvalidAt = this.offset - this.carry.length;
    }
  }
}

/** How many bytes at the end start a UTF-8 sequence that is not complete yet (0–3). */
function incompleteTail(b: Buffer): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const byte = b[b.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** The offset of the first non-ASCII byte of a chunk known to be invalid: close enough to sample. */
function firstInvalid(b: Buffer): number {
  const i = b.findIndex((x) => x >= 0x80);
  return i < 0 ? 0 : i;
}

/**
 * The encoding of a CSV, given its first bytes, whether the whole file was valid UTF-8, and a
 * sample around the first byte that was not (the head itself when that is near the start).
 */
export function detectEncoding(head: Uint8Array, wholeFileIsUtf8: boolean, sample: Uint8Array): Encoding {
  const bom = encodingFromBom(head);
  if (bom) return bom;
  const utf16 = utf16WithoutBom(head);
  if (utf16) return utf16;
  if (wholeFileIsUtf8) return 'utf-8';
  const guess = fromChardet(chardet.detect(sample));
  // chardet may still say UTF-8 for a sample that happens to be valid: the file as a whole was not.
  if (guess === 'utf-8') return 'windows-1252';
  if (guess === 'gb18030' || guess === 'big5' || guess === 'windows-1252') return chineseOr(sample, guess);
  return guess;
}

/**
 * Common characters of Chinese customer lists (surnames, given names, column names), simplified
 * and traditional. GBK and Big5 share byte ranges, so either decodes the other's bytes without an
 * error, into rare characters; and on a short file (a few names) chardet's statistics may pick the
 * other one, or a Latin code page. The decoding in which these characters are frequent is right.
 */
const COMMON_HANZI = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '陳張劉楊黃趙吳週孫馬羅鄭謝許韓馮鄧蕭蔣餘葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯' +
    '姓名手机号码电话邮箱会员卡标签地址城市省区性别男女生日年龄客户称编备注微信语言渠道同意是否' +
    '伟娜芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文大小美志' +
    '手機號碼電話郵箱會員標籤地區性別齡客戶稱編備註語言通意偉麗強軍豔傑濤華',
);

/** How much of a decoding is common Chinese: [common characters, share of all CJK characters]. */
function chineseScore(sample: Uint8Array, encoding: string): [number, number] {
  let common = 0;
  let cjk = 0;
  for (const c of iconv.decode(Buffer.from(sample), encoding)) {
    if (c >= '\u4e00' && c <= '\u9fff') cjk++;
    if (COMMON_HANZI.has(c)) common++;
  }
  return [common, cjk ? common / cjk : 0];
}

function chineseOr(sample: Uint8Array, guess: Encoding): Encoding {
  const [gb, gbShare] = chineseScore(sample, 'gb18030');
  const [big5, big5Share] = chineseScore(sample, 'big5');
  const looksChinese = (common: number, share: number) => common >= 2 && share >= 0.2;
  if (!looksChinese(gb, gbShare) && !looksChinese(big5, big5Share)) return guess;
  if (gb === big5) return guess === 'big5' ? 'big5' : 'gb18030';
  return gb > big5 ? 'gb18030' : 'big5';
}
