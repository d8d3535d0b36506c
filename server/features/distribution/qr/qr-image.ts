// QR codes drawn by the `qrcode` package: error correction level M (a code still reads with 15 %
// of it smudged or covered, while the symbol stays small) and the standard quiet zone of four
// modules, which scanners need to find the code on a busy background.
import QRCode from 'qrcode';

const ERROR_CORRECTION = 'M' as const;
/** Modules of white around the symbol (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

/** A PNG `size` pixels wide and high, quiet zone included. */
export const qrPng = (text: string, size: number): Promise<Buffer> =>
  QRCode.toBuffer(text, {
    type: 'png',
    errorCorrectionLevel: ERROR_CORRECTION,
    margin: QUIET_ZONE,
    width: size,
  });

/** An SVG `size` pixels wide and high (a viewBox, so it scales without blur). */
export const qrSvg = (text: string, size: number): Promise<string> =>
  QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: ERROR_CORRECTION,
    margin: QUIET_ZONE,
    width: size,
  });

/** The symbol's modules, for drawing it as vector shapes (the printed card). */
export function qrModules(text: string): { size: number; isDark(row: number, col: number): boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: ERROR_CORRECTION });
  return { size: modules.size, isDark: (row, col) => !!modules.get(row, col) };
}
