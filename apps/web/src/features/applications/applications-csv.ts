import { toCsv, type CsvColumn } from '../../components/csv.ts';
import type { ApplicationSummary } from './application-types.ts';

export type AppCsvColumn = CsvColumn<ApplicationSummary>;

/** The applications table as CSV (components/csv.ts: BOM, CRLF, formula-safe cells). */
export function applicationsToCsv(rows: readonly ApplicationSummary[], columns: readonly AppCsvColumn[]): string {
  return toCsv(rows, columns);
}
