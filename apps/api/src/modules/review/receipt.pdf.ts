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
  const { doc, finished } = cjkDocument({
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
    info: { Title: '居住证积分申请收件凭证', Subject: `Materials receipt ${c.receiptNo}`, Creator: 'jifen' },
  });
  doc
    .font('bold')
    .fontSize(20)
    .fillColor(INK)
    .text('居住证积分申请收件凭证', MARGIN, 70, { width: WIDTH, align: 'center' });
  doc
    .font('regular')
    .fontSize(11)
    .fillColor(MUTED)
    .text('Residence-permit points application: materials receipt (R-2)', { width: WIDTH, align: 'center' });
  doc.moveDown(1.2);
  const row = (zh: string, en: string, value: string) => {
    doc.font('regular').fontSize(12.5).fillColor(INK).text(`${zh} ${en}：${value}`, { width: WIDTH });
    doc.moveDown(0.3);
  };
  row('凭证编号', 'Receipt No.', c.receiptNo);
  row('申请编号', 'Application No.', c.applicationNo);
  row('持证人', 'Holder', c.holderName);
  row('用人单位', 'Employer', c.employerName);
  row('收件日期', 'Received on', zhDate(c.visitDate));
  row('经办人', 'Received by', c.checkedBy);
  doc.moveDown(0.6);
  doc
    .font('bold')
    .fontSize(13)
    .text('已收取材料（M-1至M-4，逐项核验）Materials received, checked item by item', { width: WIDTH });
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
  doc
    .font('regular')
    .fontSize(12)
    .fillColor(INK)
    .text(
      '材料齐全，已转入调档审核。区人才服务中心自收件次日起20个工作日内完成审核，结果以短信通知持证人及单位（R-3）。',
      { width: WIDTH, lineGap: 2 },
    );
  doc
    .fontSize(10)
    .fillColor(MUTED)
    .text(
      'The materials are complete and the application is under review. The centre decides within 20 working days from the next day and tells the holder and the employer by SMS (R-3).',
      { width: WIDTH },
    );
  doc.moveDown(2);
  doc.font('bold').fontSize(13).fillColor(INK).text(c.centreName, { width: WIDTH, align: 'right' });
  doc.font('regular').fontSize(12).text(zhDate(c.visitDate), { width: WIDTH, align: 'right' });
  doc.end();
  return finished;
}
