// The printable QR card: one A6 page (105 × 148 mm) per card, drawn with pdfkit. The code is drawn
// as vector squares, so it prints sharp at any size, and every text is set in Noto Sans SC (the
// font reports already ship), so Chinese renders on any host and pdftotext reads it back.
// Positions are fixed, not flowed: all the cards of a store set look alike, and a long name is cut
// with an ellipsis instead of pushing the code off the page.
import PDFDocument from 'pdfkit';
import { REPORT_FONT_FILES } from '../../analytics/reports/fonts';
import type { QrCard, QrCardPage } from './build-qr-card';
import { QUIET_ZONE, qrModules } from './qr-image';

const REGULAR = 'card-regular';
const BOLD = 'card-bold';
const MUTED = '#666666';
/** Left and right margin. */
const SIDE = 22;
/** The code's box, quiet zone included: 200 pt is 70 mm, easy to scan from an arm's length. */
const QR_BOX = 200;
const QR_TOP = 112;
/** The band above the code: two lines of the 17 pt name, a gap, two lines of the 12 pt call to action. */
const HEAD_TOP = 18;
const TITLE_MAX = 52;
const CTA_MAX = 38;
const GAP = 4;

type Doc = PDFKit.PDFDocument;

export async function renderQrCard(card: QrCard): Promise<Buffer> {
  // Margins 0: every text is placed with an explicit box, so pdfkit never breaks a page itself.
  const doc = new PDFDocument({
    size: 'A6',
    margin: 0,
    autoFirstPage: false,
    lang: card.language,
    info: { Title: card.title, Creator: 'Rapport' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, REPORT_FONT_FILES.regular);
  doc.registerFont(BOLD, REPORT_FONT_FILES.bold);
  for (const page of card.pages) drawPage(doc, page, card.workspaceName);
  doc.end();
  return finished;
}

function drawPage(doc: Doc, page: QrCardPage, workspaceName: string): void {
  doc.addPage();
  const width = doc.page.width - 2 * SIDE;
  /** A centred box of at most `height`: longer text ends with an ellipsis. */
  const centred = (height: number) =>
    ({ width, height, align: 'center', ellipsis: true, lineGap: 1 }) as const;

  // The name (up to two lines) and the call to action (up to two) centred above the code.
  doc.font(BOLD).fontSize(17);
  const titleHeight = Math.min(doc.heightOfString(page.title, centred(TITLE_MAX)), TITLE_MAX);
  doc.font(REGULAR).fontSize(12);
  const ctaHeight = Math.min(doc.heightOfString(page.callToAction, centred(CTA_MAX)), CTA_MAX);
  const top = HEAD_TOP + (QR_TOP - HEAD_TOP - (titleHeight + GAP + ctaHeight)) / 2;
  doc.fillColor('#000000').font(BOLD).fontSize(17);
  doc.text(page.title, SIDE, top, centred(TITLE_MAX));
  doc.font(REGULAR).fontSize(12);
  doc.text(page.callToAction, SIDE, top + titleHeight + GAP, centred(CTA_MAX));

  drawQr(doc, page.url, (doc.page.width - QR_BOX) / 2, QR_TOP, QR_BOX);

  // The quiet zone leaves white under the last row of modules; the label sits just below it.
  let y = QR_TOP + QR_BOX + 2;
  if (page.label) {
    doc.font(BOLD).fontSize(11).fillColor('#000000');
    doc.text(page.label, SIDE, y, centred(16));
    y += 18;
  }
  doc.font(REGULAR).fontSize(7.5).fillColor(MUTED);
  doc.text(page.url, SIDE, y, centred(30));

  doc.font(REGULAR).fontSize(7).fillColor(MUTED);
  doc.text(workspaceName, SIDE, doc.page.height - 26, centred(12));
}

/** Dark modules as one filled path, a rectangle per horizontal run (a few hundred, not thousands). */
function drawQr(doc: Doc, text: string, x: number, y: number, box: number): void {
  const qr = qrModules(text);
  const module = box / (qr.size + 2 * QUIET_ZONE);
  const left = x + QUIET_ZONE * module;
  const top = y + QUIET_ZONE * module;
  for (let row = 0; row < qr.size; row++) {
    let col = 0;
    while (col < qr.size) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < qr.size && qr.isDark(row, col)) col++;
      doc.rect(left + start * module, top + row * module, (col - start) * module, module);
    }
  }
  doc.fillColor('#000000').fill();
}
