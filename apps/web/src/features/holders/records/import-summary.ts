import './messages.ts';
import type { ImportReport } from './holder-data-api.ts';

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
