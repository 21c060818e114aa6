import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import type { ImportReport } from './holder-data-api.ts';
import { summarizeImport } from './import-summary.ts';
import { messages } from './messages.ts';

// Issue 10, item 10: in all-or-nothing mode the summary said "0 passed" while rows showed OK.
const rows = (ok: number, bad: number): ImportReport['rows'] => [
  ...Array.from({ length: ok }, (_, i) => ({
    row: i + 2,
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    ok: true,
    errors: [],
  })),
  ...Array.from({ length: bad }, (_, i) => ({
    row: ok + i + 2,
    month: null,
    ok: false,
    errors: [{ column: 'month', message: 'bad' }],
  })),
];
const report = (patch: Partial<ImportReport>): ImportReport => ({
  mode: 'all-or-nothing',
  format: 'csv',
  accepted: 0,
  rejected: 0,
  written: false,
  rows: [],
  version: 1,
  ...patch,
});

describe('summarizeImport', () => {
  it('all-or-nothing with errors: counts the valid rows and says they were held back', () => {
    const s = summarizeImport(report({ accepted: 0, rejected: 1, written: false, rows: rows(10, 1) }));
    expect(s).toMatchObject({
      valid: 10,
      invalid: 1,
      saved: 0,
      tone: 'error',
      detail: { key: 'recordsImport.heldBack', values: { count: 10 } },
    });
    const zh = i18n.getFixedT('zh-CN');
    expect(zh('recordsImport.summary', { valid: s.valid, invalid: s.invalid })).toBe('校验通过 10 行，有误 1 行');
    expect(zh(s.detail.key, s.detail.values)).toContain('10 行也未保存');
  });

  it('valid-only and clean imports say what was saved', () => {
    expect(
      summarizeImport(report({ mode: 'valid-only', accepted: 10, rejected: 1, written: true, rows: rows(10, 1) })),
    ).toMatchObject({ saved: 10, tone: 'warning' });
    expect(summarizeImport(report({ accepted: 24, written: true, rows: rows(24, 0) }))).toMatchObject({
      valid: 24,
      invalid: 0,
      saved: 24,
      tone: 'success',
    });
    expect(summarizeImport(report({ rejected: 2, rows: rows(0, 2) })).detail.key).toBe('recordsImport.nothingValid');
  });

  it('labels a valid row in the page\'s language, never a bare English "OK"', () => {
    expect(messages['zh-CN'].recordsImport.rowValid).toMatch(/\p{Script=Han}/u);
    expect(Object.keys(messages.en.recordsImport).sort()).toEqual(Object.keys(messages['zh-CN'].recordsImport).sort());
    for (const text of Object.values(messages.en.recordsImport)) expect(text).not.toMatch(/\p{Script=Han}/u);
  });
});
