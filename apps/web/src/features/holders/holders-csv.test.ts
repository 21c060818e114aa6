import { describe, expect, it } from 'vitest';
import type { HolderSummary } from '../../api/contract-types.ts';
import { csvCell, holdersToCsv } from './holders-csv.ts';

const holder: HolderSummary = {
  id: '00000000-0000-4000-8000-000000000001',
  name: '李, "小明"',
  residentId: '31010119900101123X',
  mobile: null,
  birthDate: '1990-01-01',
  sex: 'M',
  employer: null,
  permit: null,
  points: null,
  lifecycle: null,
};

describe('holdersToCsv', () => {
  it('masks ID numbers, quotes commas and quotes, and starts with a BOM', () => {
    const csv = holdersToCsv(
      [holder],
      [
        { header: '姓名', value: (h) => h.name },
        { header: '身份证号', value: (h) => h.residentId },
      ],
    );
    expect(csv).toBe('\uFEFF姓名,身份证号\r\n"李, ""小明""",3101**********123X\r\n');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+86')).toBe("'+86");
  });
});
