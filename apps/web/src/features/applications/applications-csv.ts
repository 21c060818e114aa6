import type { ApplicationSummary } from './application-types.ts';

export interface AppCsvColumn {
  header: string;
  value: (a: ApplicationSummary) => string;
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV with a BOM (Excel opens it as UTF-8) and CRLF line ends. */
export function applicationsToCsv(rows: ApplicationSummary[], columns: AppCsvColumn[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
