import { describe, expect, it } from 'vitest';
import { importReportCsv } from './roster-report.ts';

describe('roster import report (CSV)', () => {
  it('has one line per error with row, column, Chinese and English, BOM and CRLF, no formula', () => {
    const csv = importReportCsv([
      { row: 3, column: '公民身份号码 resident ID', zh: '校验码错误（I-1）', en: 'wrong check character (I-1)' },
      { row: 5, column: '部门 department', zh: '=cmd|"/c calc"', en: '+1, "quoted"' },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      '行号 row,列 column,错误 error (中文),error (English)',
      '3,公民身份号码 resident ID,校验码错误（I-1）,wrong check character (I-1)',
      `5,部门 department,"'=cmd|""/c calc""","'+1, ""quoted"""`,
    ]);
  });
});
