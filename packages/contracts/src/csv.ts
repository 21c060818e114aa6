/**
 * CSV for every export (the web's table exports and the API's roster export):
 * RFC 4180 quoting, and a leading = + - @ (or tab, CR) neutralised with a
 * quote so a spreadsheet never runs a cell as a formula (formula injection).
 */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string;
}

/** A cell's text with a leading = + - @ neutralised (also used for .xlsx cells). */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting of a formula-safe cell. */
export function csvCell(value: string): string {
  const safe = formulaSafe(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a BOM (Excel reads the Chinese as UTF-8) and CRLF line ends. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
