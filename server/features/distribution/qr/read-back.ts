// Test helper: read QR files back the way a phone and a person's tools do — decode a PNG or SVG
// with a real QR decoder (jsQR), and read a PDF with poppler (pdfinfo, pdftotext, pdftoppm).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text a QR code in this PNG carries, or null when no code is found. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

export function pngSize(png: Buffer): { width: number; height: number } {
  const { width, height } = PNG.sync.read(png);
  return { width, height };
}

/** An SVG drawn to PNG by resvg (on white), then decoded. */
export function decodeQrSvg(svg: string): string | null {
  return decodeQrPng(new Resvg(svg, { background: '#ffffff' }).render().asPng());
}

/** Runs `fn` with the PDF in a temporary file, removed afterwards. */
function withPdf<T>(pdf: Buffer, fn: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-qr-'));
  const file = path.join(dir, 'card.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return fn(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Page count and each page's MediaBox (points), as pdfinfo reports them. */
export function pdfPages(pdf: Buffer): { pages: number; mediaBoxes: string[] } {
  return withPdf(pdf, (file) => {
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const boxes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), '-box', file], {
      encoding: 'utf8',
    });
    const mediaBoxes = [...boxes.matchAll(/^Page\s+\d+\s+MediaBox:\s+(.+)$/gm)].map((m) =>
      m[1]!.trim().split(/\s+/).join(' '),
    );
    return { pages, mediaBoxes };
  });
}

/** The text of each page, as pdftotext extracts it. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const text = withPdf(pdf, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }),
  );
  return text.split('\f').slice(0, -1);
}

/** Each page printed to a PNG at 150 dpi by pdftoppm, then its QR code decoded. */
export function decodePdfQrCodes(pdf: Buffer): (string | null)[] {
  return withPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', '150', '-png', file, path.join(dir, 'page')]);
    return fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('page') && f.endsWith('.png'))
      .sort()
      .map((f) => decodeQrPng(fs.readFileSync(path.join(dir, f))));
  });
}
