import type { HolderSummary } from '../../api/contract-types.ts';
import { maskIdNumber } from '../../components/mask.ts';

export interface CsvColumn {
  header: string;
  value: (holder: HolderSummary) => string;
}

/** RFC 4180 quoting; a leading = + - @ is neutralised against formula injection. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text with a BOM so that Excel reads the Chinese correctly. ID numbers are masked (PI-1). */
export function holdersToCsv(holders: readonly HolderSummary[], columns: readonly CsvColumn[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const holder of holders) {
    const masked = { ...holder, residentId: maskIdNumber(holder.residentId) };
    lines.push(columns.map((c) => csvCell(c.value(masked))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
