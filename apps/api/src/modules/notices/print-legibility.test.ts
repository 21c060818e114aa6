import { describe, expect, it } from 'vitest';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderReceiptPdf } from '../review/receipt.pdf.ts';
import { renderNoticePdf } from './notice.pdf.ts';

/**
 * Issue 22, item 5: the notice and the receipt are read on paper, often in
 * grayscale and by older people at arm's length. Every text is at least 9 pt
 * and every fill colour has at least 7:1 contrast on white (WCAG AAA), so
 * nothing depends on colour or on a light grey.
 */

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

async function drawing(pdf: Buffer): Promise<{ fontSizes: number[]; fills: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const fontSizes: number[] = [];
  const fills: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const ops = await (await doc.getPage(n)).getOperatorList();
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.setFont) fontSizes.push(Number(args[1]));
      if (fn === OPS.setFillRGBColor) fills.push(String(args[0]));
    });
  }
  await doc.destroy();
  return { fontSizes, fills };
}

describe('print legibility (issue 22)', () => {
  it('the points notice: no text under 9 pt, every fill dark enough for grayscale', async () => {
    const pdf = await renderNoticePdf({
      noticeNo: 'JFTZ2026-000123',
      holderName: '欧阳娜娜',
      residentIdMasked: '3101**********123X',
      employerName: '上海示例科技有限公司',
      total: 121.5,
      standardScore: 120,
      policyName: '上海市居住证积分管理办法（2018年施行口径）',
      issuedOn: '2026-06-15',
      validUntil: '2027-06-30',
      centreName: '浦东新区人才服务中心',
      verifyUrl: `https://jifen.example.gov.cn/verify/${'x'.repeat(300)}.${'y'.repeat(86)}`,
      printedOn: '2026-06-16',
    });
    const { fontSizes, fills } = await drawing(pdf);
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(9);
    // The total is the largest value on the form.
    expect(fontSizes).toContain(16);
    for (const fill of new Set(fills)) expect(contrastOnWhite(fill), fill).toBeGreaterThanOrEqual(7);
  });

  it('the materials receipt: the same', async () => {
    const pdf = await renderReceiptPdf({
      receiptNo: 'SJ-JF2026-000123-1',
      applicationNo: 'JF2026-000123',
      holderName: '李明',
      employerName: '上海示例科技有限公司',
      visitDate: '2026-06-15',
      centreName: '浦东新区人才服务中心',
      checkedBy: '王敏',
      items: [{ name: '劳动合同', nameEn: 'Labour contract', form: '原件' }],
    });
    const { fontSizes, fills } = await drawing(pdf);
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(9.5);
    for (const fill of new Set(fills)) expect(contrastOnWhite(fill), fill).toBeGreaterThanOrEqual(7);
  });
});
