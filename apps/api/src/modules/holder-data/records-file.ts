import { creditCodeCheckChar, parseCreditCode, type LocalizedText, type SiMonthRecord } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { fail } from '../../errors.ts';

/**
 * The SI/tax records file (CSV or XLSX): one row per month under a header
 * row whose cells carry the Chinese and the English column name.
 */
const EXAMPLE_USCC = `91310115MA1H7Q3R2${creditCodeCheckChar('91310115MA1H7Q3R2')}`;
/** The examples are what a holder types ('是'/'否' are the accepted answers, see YES and NO): input, not messages. */
// The labels also recognise an uploaded file's header row (keyedRows): a changed label changes which files are read.
export const RECORD_COLUMNS = [
  { key: 'month', ...msg('holderData.recordsFile.month'), required: true, example: '2026-05' },
  { key: 'paid', ...msg('holderData.recordsFile.paid'), required: true, example: '是' },
  { key: 'backPaid', ...msg('holderData.recordsFile.backPaid'), required: false, example: '否' },
  { key: 'base', ...msg('holderData.recordsFile.base'), required: false, example: '12000' },
  { key: 'employerUscc', ...msg('holderData.recordsFile.employerUscc'), required: false, example: EXAMPLE_USCC },
  { key: 'taxDeclarers', ...msg('holderData.recordsFile.taxDeclarers'), required: false, example: EXAMPLE_USCC },
  { key: 'taxedIncome', ...msg('holderData.recordsFile.taxedIncome'), required: false, example: '15000' },
] as const;
type ColumnKey = (typeof RECORD_COLUMNS)[number]['key'];
export const headerOf = (c: (typeof RECORD_COLUMNS)[number]) => `${c.zh} ${c.en}`;
export const MAX_IMPORT_ROWS = 600;

export interface RowProblem {
  column: string;
  message: LocalizedText;
}
export interface ParsedRow {
  row: number;
  month: string | null;
  record: SiMonthRecord | null;
  errors: RowProblem[];
}

const fileError = (message: LocalizedText) => fail('VALIDATION.IMPORT_FILE', message);

/** How much of a bad cell a row problem quotes: the reply never echoes a huge cell back. */
const QUOTE_CHARS = 40;
export const quoteCell = (raw: string) =>
  raw.length > QUOTE_CHARS ? `${raw.slice(0, QUOTE_CHARS)}…（${raw.length}）` : raw;

interface FileColumn<K extends string> {
  key: K;
  zh: string;
  en: string;
  required: boolean;
}

/** A header cell to its column: by the Chinese name anywhere in it, or the English name or key exactly. */
function columnFor<K extends string>(header: string, columns: readonly FileColumn<K>[]): K | undefined {
  const h = header.trim().toLowerCase();
  if (!h) return undefined;
  const byZh = columns.find((c) => h.includes(c.zh));
  if (byZh) return byZh.key;
  return columns.find((c) => h === c.en.toLowerCase() || h === c.key.toLowerCase())?.key;
}

/**
 * The data rows of an uploaded table under its header row (row 1), each as
 * cells by column key with its file row number; blank rows skipped. Refuses
 * the file when a required column is missing, there are no rows, or more
 * than `maxRows` (`tooMany` says so).
 */
export function keyedRows<K extends string>(
  table: string[][],
  columns: readonly FileColumn<K>[],
  maxRows: number,
  tooMany: LocalizedText,
): { rowNo: number; cells: Partial<Record<K, string>> }[] {
  const [header, ...body] = table;
  const keys = (header ?? []).map((h) => columnFor(h, columns));
  const missing = columns.filter((c) => c.required && !keys.includes(c.key));
  if (missing.length > 0) {
    const names = missing.map((c) => `${c.zh} ${c.en}`).join(', ');
    throw fileError(msg('holderData.missingColumns', { names }));
  }
  const rows = body
    .map((cells, i) => ({ cells, rowNo: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) throw fileError(msg('holderData.noDataRows'));
  if (rows.length > maxRows) throw fail('VALIDATION.IMPORT_FILE', tooMany);
  return rows.map(({ cells, rowNo }) => {
    const byKey: Partial<Record<K, string>> = {};
    keys.forEach((k, i) => {
      if (k) byKey[k] = cells[i] ?? '';
    });
    return { rowNo, cells: byKey };
  });
}

// The answers people type (input vocabulary, not messages).
const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '0']);

function readBool(raw: string, label: string, problems: RowProblem[]): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  problems.push({
    column: label,
    message: msg('holderData.cell.yesNo', { value: quoteCell(raw) }),
  });
  return undefined;
}

function readAmount(raw: string, label: string, problems: RowProblem[]): number | undefined {
  const v = raw.trim().replace(/,/g, '');
  if (/^\d+(\.\d{1,2})?$/.test(v)) return Number(v);
  problems.push({
    column: label,
    message: msg('holderData.cell.amount', { value: quoteCell(raw) }),
  });
  return undefined;
}

function readUscc(raw: string, label: string, problems: RowProblem[]): string | undefined {
  const checked = parseCreditCode(raw.trim().toUpperCase());
  if (checked.ok) return checked.value.value;
  problems.push({ column: label, message: checked.error.message });
  return undefined;
}

/** Builds one month from a data row; every problem is named by its column. */
function readRow(cells: Partial<Record<ColumnKey, string>>, rowNo: number): ParsedRow {
  const problems: RowProblem[] = [];
  const label = (k: ColumnKey) => headerOf(RECORD_COLUMNS.find((c) => c.key === k)!);
  const month = (cells.month ?? '').trim();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    problems.push({
      column: label('month'),
      message: msg('holderData.cell.month', { value: quoteCell(month) }),
    });
  }
  const record: SiMonthRecord = { month, paid: false };
  const paid = (cells.paid ?? '').trim();
  if (!paid) problems.push({ column: label('paid'), message: msg('holderData.cell.required') });
  else record.paid = readBool(paid, label('paid'), problems) ?? false;
  const opt = (k: ColumnKey) => {
    const v = (cells[k] ?? '').trim();
    return v === '' ? undefined : v;
  };
  const backPaid = opt('backPaid');
  if (backPaid !== undefined) record.backPaid = readBool(backPaid, label('backPaid'), problems);
  const base = opt('base');
  if (base !== undefined) record.base = readAmount(base, label('base'), problems);
  const employer = opt('employerUscc');
  if (employer !== undefined) record.employerUscc = readUscc(employer, label('employerUscc'), problems);
  const declarers = opt('taxDeclarers');
  if (declarers !== undefined) {
    record.taxDeclarers = declarers
      .split(/[;；]/)
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => readUscc(d, label('taxDeclarers'), problems) ?? d);
  }
  const income = opt('taxedIncome');
  if (income !== undefined) record.taxedIncome = readAmount(income, label('taxedIncome'), problems);
  const clean = Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined),
  ) as unknown as SiMonthRecord;
  return { row: rowNo, month: month || null, record: problems.length === 0 ? clean : null, errors: problems };
}

/** Header check, then row-by-row validation (file rows are numbered from 1, the header being row 1). */
export function readRecordRows(table: string[][]): ParsedRow[] {
  const rows = keyedRows(
    table,
    RECORD_COLUMNS,
    MAX_IMPORT_ROWS,
    msg('holderData.tooManyRows', { maxImportRows: MAX_IMPORT_ROWS }),
  );
  const seen = new Map<string, number>();
  return rows.map(({ cells, rowNo }) => {
    const parsed = readRow(cells, rowNo);
    if (parsed.month && seen.has(parsed.month)) {
      const first = seen.get(parsed.month)!;
      parsed.errors.push({
        column: headerOf(RECORD_COLUMNS[0]),
        message: msg('holderData.cell.monthRepeats', { first }),
      });
      parsed.record = null;
    } else if (parsed.month) seen.set(parsed.month, rowNo);
    return parsed;
  });
}

/** The template: a header row and one example row. */
export function templateCsv(): string {
  const line = (cells: readonly string[]) =>
    cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  return `\uFEFF${line(RECORD_COLUMNS.map(headerOf))}\r\n${line(RECORD_COLUMNS.map((c) => c.example))}\r\n`;
}

export async function templateXlsx(): Promise<Buffer> {
  // exceljs (~25 MB resident) loads with the first spreadsheet written, not with the server (issue 20).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const sheet = msg('holderData.recordsFile.sheet');
  const ws = wb.addWorksheet(`${sheet.zh} ${sheet.en}`);
  ws.columns = RECORD_COLUMNS.map((c) => ({
    header: headerOf(c),
    key: c.key,
    width: Math.max(14, headerOf(c).length + 4),
    style: { numFmt: '@' },
  }));
  ws.addRow(Object.fromEntries(RECORD_COLUMNS.map((c) => [c.key, c.example])));
  ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
