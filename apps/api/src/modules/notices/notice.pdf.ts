import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { type LocalizedText, msg } from '@jifen/messages';

/**
 * 《上海市居住证积分通知单》 as a PDF (R-1, R-3 step 5). Pure layout: the
 * service decides who may print and what the numbers are; this file only
 * draws them. pdfkit subsets the CJK font, so a notice stays ~20-40 KB even
 * though the font file is ~10 MB (stack.md: pdf-lib garbles subsetted CJK).
 */
export interface NoticeContent {
  noticeNo: string;
  holderName: string;
  /** PI-1: already masked (3101**********123X); the full ID never reaches this file. */
  residentIdMasked: string;
  employerName: string;
  total: number;
  standardScore: number;
  /** The policy version's name as published (its id and parameter hash stay in the signed record, not on paper). */
  policyName: string;
  issuedOn: string;
  /** L-1: the permit's expiry; null when no permit is on file. */
  validUntil: string | null;
  centreName: string;
  verifyUrl: string;
  printedOn: string;
}

/**
 * The fonts are read and parsed once per process and reused by every print:
 * parsing two ~10 MB TTFs per request took ~150 ms each, a pre-parsed font
 * ~15 ms (pdfkit 0.20.2 takes a fontkit font as well as bytes; subsetting
 * still happens per document). The npm package, not Debian's fonts-noto-cjk,
 * so that a fresh machine renders Chinese after `npm ci`.
 */
type ParsedFont = ReturnType<typeof fontkit.create>;
const require = createRequire(import.meta.url);
let fonts: { regular: ParsedFont; bold: ParsedFont } | undefined;
export function cjkFonts(): { regular: ParsedFont; bold: ParsedFont } {
  const load = (file: string) =>
    fontkit.create(readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`)));
  fonts ??= { regular: load('400Regular/NotoSansSC_400Regular.ttf'), bold: load('700Bold/NotoSansSC_700Bold.ttf') };
  return fonts;
}

/** 2026-06-15 -> 2026年06月15日, as official documents write dates. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${m}月${d}日`;
}

// Issue 22: read in grayscale and at arm's length. Secondary text is a dark
// grey (#404040: 10.4:1 on white), never a light one; red only draws the
// frame and a rule, never meaning; no text below 9 pt.
const INK = '#1f1f1f';
const MUTED = '#404040';
const RULE = '#595959';
const RED = '#a8071a';
const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;

/**
 * An A4 document in Noto Sans SC (fonts 'regular' and 'bold') and the bytes it
 * will be once `doc.end()` is called: the notice and the materials receipt.
 */
export function cjkDocument(opts: { margins: PDFKit.PDFDocumentOptions['margins']; info: PDFKit.DocumentInfo }): {
  doc: PDFKit.PDFDocument;
  finished: Promise<Buffer>;
} {
  const { regular, bold } = cjkFonts();
  const doc = new PDFDocument({
    size: 'A4',
    // The CJK font from the start: pdfkit's default (Helvetica) would be parsed from its AFM file on every document.
    font: regular as unknown as string,
    margins: opts.margins,
    lang: 'zh-CN',
    displayTitle: true,
    info: opts.info,
  });
  // @types/pdfkit lists only paths and bytes as a font source; pdfkit itself accepts a fontkit font (PDFFontFactory.open).
  doc.registerFont('regular', regular as unknown as Buffer);
  doc.registerFont('bold', bold as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}

/** `beforeEnd`: for the benchmark's peer only (it embeds the whole font to compare sizes and speed). */
export async function renderNoticePdf(
  c: NoticeContent,
  opts: { beforeEnd?: (doc: PDFKit.PDFDocument) => void } = {},
): Promise<Buffer> {
  const { doc, finished } = cjkDocument({
    // Everything is placed at fixed positions; a zero bottom margin keeps pdfkit from starting a second page for the footer line.
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 0 },
    info: {
      Title: msg('notices.pdf.title').zh,
      Subject: msg('notices.pdf.subject', { noticeNo: c.noticeNo }).en,
      Creator: 'jifen',
    },
  });

  frame(doc);
  header(doc, c);
  const afterTable = fields(doc, c, 184);
  result(doc, c, afterTable + 14);
  footer(doc, c);
  opts.beforeEnd?.(doc);
  doc.end();
  return finished;
}

type Doc = PDFKit.PDFDocument;
const contentWidth = PAGE.width - 2 * MARGIN;

/** A double rule around the page, as printed certificates have. */
function frame(doc: Doc): void {
  doc
    .lineWidth(1.6)
    .strokeColor(RED)
    .rect(28, 28, PAGE.width - 56, PAGE.height - 56)
    .stroke();
  doc
    .lineWidth(0.6)
    .rect(33, 33, PAGE.width - 66, PAGE.height - 66)
    .stroke();
}

function header(doc: Doc, c: NoticeContent): void {
  const title = msg('notices.pdf.title');
  const noticeNo = msg('notices.pdf.noticeNo');
  const issuedOn = msg('notices.pdf.issuedOn');
  doc
    .fillColor(INK)
    .font('bold')
    .fontSize(24)
    .text(title.zh, MARGIN, 74, { width: contentWidth, align: 'center', characterSpacing: 2 });
  doc
    .font('regular')
    .fontSize(11)
    .fillColor(MUTED)
    .text(title.en, MARGIN, 108, { width: contentWidth, align: 'center' });
  doc
    .moveTo(MARGIN, 130)
    .lineTo(PAGE.width - MARGIN, 130)
    .lineWidth(1)
    .strokeColor(RED)
    .stroke();
  // The number people read out on the phone or at a counter: bold and large.
  doc
    .font('bold')
    .fontSize(13)
    .fillColor(INK)
    .text(`${noticeNo.zh} ${noticeNo.en}：${c.noticeNo}`, MARGIN, 138, { width: contentWidth, align: 'right' });
  doc
    .font('regular')
    .fontSize(11)
    .fillColor(INK)
    .text(`${issuedOn.zh} ${issuedOn.en}：${zhDate(c.issuedOn)}`, MARGIN, 158, { width: contentWidth, align: 'right' });
}

/** Label (zh, with the English gloss below) | value rows, ruled like a form. Returns the y below the table. */
function fields(doc: Doc, c: NoticeContent, top: number): number {
  const verdict = c.total >= c.standardScore ? msg('notices.pdf.reached') : msg('notices.pdf.notReached');
  const noPermit = msg('notices.pdf.noPermit');
  const rows: [label: LocalizedText, value: string, points?: 'points'][] = [
    [msg('notices.pdf.field.holder'), c.holderName],
    [msg('notices.pdf.field.residentId'), c.residentIdMasked],
    [msg('notices.pdf.field.employer'), c.employerName],
    [msg('notices.pdf.field.points'), msg('notices.pdf.pointsValue', { points: formatPoints(c.total) }).zh, 'points'],
    [
      msg('notices.pdf.field.standardScore'),
      msg('notices.pdf.standardValue', {
        points: formatPoints(c.standardScore),
        verdict: `${verdict.zh} ${verdict.en}`,
      }).zh,
    ],
    [
      msg('notices.pdf.field.validUntil'),
      c.validUntil
        ? msg('notices.pdf.validUntilValue', { date: zhDate(c.validUntil) }).zh
        : `${noPermit.zh} ${noPermit.en}`,
    ],
    [msg('notices.pdf.field.policy'), c.policyName],
    [msg('notices.pdf.field.issuedBy'), c.centreName],
  ];
  const labelWidth = 140;
  const rowHeight = 35;
  let y = top;
  doc.lineWidth(0.5).strokeColor(RULE);
  doc
    .moveTo(MARGIN, y)
    .lineTo(PAGE.width - MARGIN, y)
    .stroke();
  for (const [label, value, points] of rows) {
    doc
      .font('regular')
      .fontSize(12)
      .fillColor(INK)
      .text(label.zh, MARGIN + 8, y + 3, { width: labelWidth - 12, lineBreak: false });
    doc
      .fontSize(9)
      .fillColor(MUTED)
      .text(label.en, MARGIN + 8, y + 20, { width: labelWidth - 12, lineBreak: false });
    const long = value.length > 24;
    doc
      .font(points ? 'bold' : 'regular')
      .fontSize(points ? 16 : long ? 11 : 12.5)
      .fillColor(INK)
      .text(value, MARGIN + labelWidth, y + (points ? 7 : long ? 4 : 9), {
        width: contentWidth - labelWidth - 8,
        height: rowHeight - 8,
        ellipsis: true,
      });
    y += rowHeight;
    doc
      .lineWidth(0.5)
      .strokeColor(RULE)
      .moveTo(MARGIN, y)
      .lineTo(PAGE.width - MARGIN, y)
      .stroke();
  }
  doc
    .moveTo(MARGIN + labelWidth - 8, top)
    .lineTo(MARGIN + labelWidth - 8, y)
    .stroke();
  return y;
}

function result(doc: Doc, c: NoticeContent, top: number): void {
  const theHolder = msg('notices.pdf.theHolder');
  const values = {
    // The English gloss names no one: the holder's name is printed in the Chinese sentence.
    holder: { zh: `${theHolder.zh}${c.holderName}`, en: theHolder.en },
    total: formatPoints(c.total),
    standard: formatPoints(c.standardScore),
  };
  const { zh, en } =
    c.total >= c.standardScore ? msg('notices.pdf.resultReached', values) : msg('notices.pdf.resultNotReached', values);
  doc.font('regular').fontSize(12.5).fillColor(INK).text(zh, MARGIN, top, { width: contentWidth, lineGap: 3 });
  doc.fontSize(10).fillColor(MUTED).text(en, { width: contentWidth });
  doc.moveDown(0.5);
  const validity = msg('notices.pdf.validity');
  doc.fontSize(10).fillColor(INK).text(validity.zh, { width: contentWidth, lineGap: 2 });
  doc.fillColor(MUTED).text(validity.en, { width: contentWidth });
}

/**
 * The QR code with the verification address printed in full beside it, so a
 * person without a phone can type it (issue 22: it was cut to "/verify/…"),
 * then the issuing centre with the date.
 */
function footer(doc: Doc, c: NoticeContent): void {
  const size = 100;
  const top = 606;
  drawQr(doc, c.verifyUrl, MARGIN, top, size);
  // The QR code is also a link: a click in a PDF viewer opens the same verification page.
  doc.link(MARGIN, top, size, size, c.verifyUrl);
  const left = MARGIN + size + 12;
  const width = PAGE.width - MARGIN - left;
  const verify = msg('notices.pdf.verify');
  doc.font('bold').fontSize(10.5).fillColor(INK).text(verify.zh, left, top, { width });
  doc
    .font('regular')
    .fontSize(9)
    .fillColor(MUTED)
    .text(verify.en, left, top + 15, { width });
  // Courier: a fixed width keeps the lines even and tells 0 from O when typing; the address holds ASCII only.
  doc
    .font('Courier')
    .fontSize(9.5)
    .fillColor(INK)
    .text(addressLines(c.verifyUrl, Math.floor(width / (9.5 * 0.6))).join('\n'), left, top + 30, {
      width,
      lineGap: 1.5,
    });
  const right = PAGE.width - MARGIN - 260;
  const below = Math.max(doc.y, top + size) + 10;
  const printedOnline = msg('notices.pdf.printedOnline');
  doc.font('bold').fontSize(13).fillColor(INK).text(c.centreName, right, below, { width: 260, align: 'right' });
  doc
    .font('regular')
    .fontSize(12)
    .text(zhDate(c.issuedOn), right, below + 19, { width: 260, align: 'right' });
  doc
    .fontSize(9)
    .fillColor(MUTED)
    .text(`${printedOnline.zh} ${printedOnline.en} ${c.printedOn}`, right, below + 37, { width: 260, align: 'right' });
  doc
    .fontSize(9)
    .fillColor(MUTED)
    .text(msg('notices.pdf.equallyValid').zh, MARGIN, PAGE.height - MARGIN - 12, {
      width: contentWidth,
      align: 'center',
      lineBreak: false,
    });
}

/** The address cut into lines of `perLine` characters (no hyphen is added: every character belongs to it). */
export function addressLines(url: string, perLine: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < url.length; i += perLine) lines.push(url.slice(i, i + perLine));
  return lines;
}

/** Vector modules (crisp at any print size, and smaller than an embedded PNG). */
function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  doc.save().fillColor('#000000');
  // One rectangle per horizontal run of dark modules: half the drawing operators of one per module.
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + (start + quiet) * cell, y + (row + quiet) * cell, (col - start) * cell, cell);
    }
  }
  doc.fill().restore();
}

/** Points are whole numbers in practice; a fractional total keeps one decimal rather than being rounded away. */
function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
