// The guarded CSV writer lives in @jifen/contracts so the API's roster export uses the same one.
export { csvCell, toCsv, type CsvColumn } from '@jifen/contracts';

/** Saves text as a file through a temporary link. */
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
