import { type LocalizedText, msg } from '@jifen/messages';
import { cjkDocument, zhDate } from '../notices/notice.pdf.ts';

/**
 * 收件凭证: the receipt the centre gives the HR specialist when the R-2
 * materials are complete. The notice's pdfkit and subsetted Noto Sans SC,
 * parsed once per process (notice.pdf.ts).
 */
export interface ReceiptContent {
  receiptNo: string;
  applicationNo: string;
  holderName: string;
  employerName: string;
  visitDate: string;
  centreName: string;
  checkedBy: string;
  items: { name: string; nameEn: string; form: string }[];
}

const MARGIN = 56;
const WIDTH = 595.28 - 2 * MARGIN;
// Issue 22: readable in grayscale and at arm's length: ink and a dark grey (#404040, 10.4:1), no text below 9.5 pt.
const INK = '#1f1f1f';
const MUTED = '#404040';

export async function renderReceiptPdf(c: ReceiptContent): Promise<Buffer> {
  const title = msg('receipts.title');
  const { doc, finished } = cjkDocument({
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
    info: { Title: title.zh, Subject: msg('receipts.subject', { receiptNo: c.receiptNo }).en, Creator: 'jifen' },
  });
  doc.font('bold').fontSize(20).fillColor(INK).text(title.zh, MARGIN, 70, { width: WIDTH, align: 'center' });
  doc.font('regular').fontSize(11).fillColor(MUTED).text(title.en, { width: WIDTH, align: 'center' });
  doc.moveDown(1.2);
  const row = (label: LocalizedText, value: string) => {
    doc.font('regular').fontSize(12.5).fillColor(INK).text(`${label.zh} ${label.en}：${value}`, { width: WIDTH });
    doc.moveDown(0.3);
  };
  row(msg('receipts.receiptNo'), c.receiptNo);
  row(msg('receipts.applicationNo'), c.applicationNo);
  row(msg('receipts.holder'), c.holderName);
  row(msg('receipts.employer'), c.employerName);
  row(msg('receipts.receivedOn'), zhDate(c.visitDate));
  row(msg('receipts.receivedBy'), c.checkedBy);
  doc.moveDown(0.6);
  const itemsReceived = msg('receipts.itemsReceived');
  doc.font('bold').fontSize(13).text(`${itemsReceived.zh}${itemsReceived.en}`, { width: WIDTH });
  doc.moveDown(0.3);
  c.items.forEach((item, i) => {
    doc
      .font('regular')
      .fontSize(12)
      .fillColor(INK)
      .text(`${i + 1}. ${item.name}（${item.form}）`, { width: WIDTH });
    doc.fontSize(10).fillColor(MUTED).text(`   ${item.nameEn}`, { width: WIDTH });
  });
  doc.moveDown(1);
  const underReview = msg('receipts.underReview');
  doc.font('regular').fontSize(12).fillColor(INK).text(underReview.zh, { width: WIDTH, lineGap: 2 });
  doc.fontSize(10).fillColor(MUTED).text(underReview.en, { width: WIDTH });
  doc.moveDown(2);
  doc.font('bold').fontSize(13).fillColor(INK).text(c.centreName, { width: WIDTH, align: 'right' });
  doc.font('regular').fontSize(12).text(zhDate(c.visitDate), { width: WIDTH, align: 'right' });
  doc.end();
  return finished;
}
