import { toCsv } from '../../components/csv.ts';
import type { RosterImport } from './roster-api.ts';

type ImportError = RosterImport['errors'][number];

/** The row-by-row report as CSV: row, column, and the error in Chinese and English (formula-safe cells). */
export function importReportCsv(errors: readonly ImportError[]): string {
  return toCsv(errors, [
    { header: '行号 row', value: (e) => String(e.row) },
    { header: '列 column', value: (e) => e.column },
    { header: '错误 error (中文)', value: (e) => e.zh },
    { header: 'error (English)', value: (e) => e.en },
  ]);
}
