import { i18n } from '../../../i18n/i18n.ts';
import type { ImportReport } from './holder-data-api.ts';

/** Texts of the import report, merged in under `recordsImport.*`. */
const zh = {
  recordsImport: {
    summary: '校验通过 {{valid}} 行，有误 {{invalid}} 行',
    savedCount: '已保存 {{count}} 行记录。',
    heldBack: '“全部正确才导入”：有误的行修正前，校验通过的 {{count}} 行也未保存。请按下表逐行修正后重新上传。',
    nothingValid: '未保存任何记录：请按下表逐行修正后重新上传。',
    rowValid: '通过',
    rowValidNotSaved: '通过（未保存）',
  },
};

const en: typeof zh = {
  recordsImport: {
    summary: '{{valid}} row(s) valid, {{invalid}} with errors',
    savedCount: '{{count}} row(s) saved.',
    heldBack:
      '"All or nothing": until the rows with errors are fixed, the {{count}} valid row(s) were not saved either. Fix the rows below and upload again.',
    nothingValid: 'Nothing was saved: fix the rows below and upload again.',
    rowValid: 'Valid',
    rowValidNotSaved: 'Valid (not saved)',
  },
};

i18n.addResourceBundle('zh-CN', 'translation', zh, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
export const RECORDS_IMPORT_MESSAGES = { zh, en };

export interface ImportSummary {
  valid: number;
  invalid: number;
  saved: number;
  /** The alert's colour: all saved, some saved, nothing saved. */
  tone: 'success' | 'warning' | 'error';
  /** i18n key and values of the line under the counts. */
  detail: { key: string; values: Record<string, number> };
}

/**
 * What the report says, counted from its rows: in all-or-nothing mode the
 * API's `accepted` is 0 when nothing was written, while the valid rows are
 * still valid (issue 10: the summary said 0 passed beside rows marked OK).
 */
export function summarizeImport(report: ImportReport): ImportSummary {
  const valid = report.rows.filter((r) => r.ok).length;
  const invalid = report.rows.length - valid;
  const saved = report.written ? report.accepted : 0;
  const tone = report.written && invalid === 0 ? 'success' : report.written ? 'warning' : 'error';
  const detail: ImportSummary['detail'] = report.written
    ? { key: 'recordsImport.savedCount', values: { count: saved } }
    : valid > 0
      ? { key: 'recordsImport.heldBack', values: { count: valid } }
      : { key: 'recordsImport.nothingValid', values: {} };
  return { valid, invalid, saved, tone, detail };
}
