import { text as textSchema } from '@jifen/contracts';
import { addDays, addYears, isIsoDate, parseMobile, parseResidentId, type LocalizedText } from '@jifen/domain';
import { msg } from '@jifen/messages';

import { keyedRows, quoteCell } from '../holder-data/records-file.ts';
import { SPREADSHEET_LIMITS, type SpreadsheetLimits } from '../holder-data/spreadsheet/limits.ts';

/**
 * The roster file (issue 13): one employee per row under a header row whose
 * cells carry the Chinese and the English column name. Read by the hostile-
 * file reader of holder-data (worker thread, every size bounded), with the
 * row limit raised for employers with tens of thousands of staff.
 */
/** The examples are what an employer types (input, not messages), so they stay here. */
// The labels also recognise an uploaded file's header row (keyedRows): a changed label changes which files are read.
export const ROSTER_COLUMNS = [
  { key: 'name', ...msg('roster.column.name'), required: true, example: '张三' },
  { key: 'residentId', ...msg('roster.column.residentId'), required: true, example: '310115199003071239' },
  { key: 'mobile', ...msg('roster.column.mobile'), required: false, example: '13800138000' },
  { key: 'department', ...msg('roster.column.department'), required: false, example: '研发部' },
  { key: 'permitNo', ...msg('roster.column.permitNo'), required: false, example: 'SH2026-000123' },
  { key: 'expiresOn', ...msg('roster.column.expiresOn'), required: false, example: '2027-03-15' },
] as const;
export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];
/** A header cell: the Chinese and the English name in one cell. */
export const bothInOneCell = (t: LocalizedText) => `${t.zh} ${t.en}`;
export const rosterHeader = (c: (typeof ROSTER_COLUMNS)[number]) => bothInOneCell(c);
const columnOf = (k: RosterColumnKey) => rosterHeader(ROSTER_COLUMNS.find((c) => c.key === k)!);

export const MAX_ROSTER_ROWS = 50_000;

/** The spreadsheet limits for a roster: up to 50,000 rows of 6 columns (plus header and some blank rows). */
export const ROSTER_LIMITS: SpreadsheetLimits = {
  ...SPREADSHEET_LIMITS,
  maxRows: MAX_ROSTER_ROWS + 100,
  maxTotalChars: 8_000_000,
  maxSharedStrings: 400_000,
  maxSharedStringChars: 8_000_000,
  maxEntryBytes: 80 * 1024 * 1024,
  maxTotalBytes: 120 * 1024 * 1024,
  timeLimitMs: 60_000,
  workerHeapMb: 384,
  concurrentReads: 1,
  queuedReads: 2,
  queuedTotal: 16,
};

export interface RosterRowData {
  name: string;
  residentId: string;
  birthDate: string;
  mobile: string | null;
  department: string | null;
  permit: { permitNo: string; issuedOn: string; expiresOn: string } | null;
}

export interface RowProblem {
  column: string;
  message: LocalizedText;
}

export interface ParsedRosterRow {
  /** The row number as Excel shows it (the header is row 1). */
  row: number;
  data: RosterRowData | null;
  errors: RowProblem[];
}

const nameSchema = textSchema(50);

/** A date as YYYY-MM-DD; 2027/3/15 and an Excel day number are taken too. A month alone (a date cell shown as a month) is refused. */
export function readDate(raw: string): string | undefined {
  const v = raw.trim();
  // 年/月/日 are what people type in a date (input, not a message).
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v);
  if (m) {
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  if (/^\d{5}$/.test(v)) {
    const serial = Number(v);
    if (serial > 20_000 && serial < 80_000) return addDays('1899-12-30', serial);
  }
  return undefined;
}

function readRow(cells: Partial<Record<RosterColumnKey, string>>, rowNo: number, today: string): ParsedRosterRow {
  const errors: RowProblem[] = [];
  const cell = (k: RosterColumnKey) => (cells[k] ?? '').trim();
  const problem = (k: RosterColumnKey, message: LocalizedText) => errors.push({ column: columnOf(k), message });

  const name = nameSchema.safeParse(cells.name ?? '');
  if (!name.success) problem('name', cell('name') ? msg('roster.cell.nameTooLong') : msg('roster.cell.required'));

  let residentId = '';
  let birthDate = '';
  if (!cell('residentId')) problem('residentId', msg('roster.cell.required'));
  else {
    const checked = parseResidentId(cell('residentId'), today);
    if (checked.ok) {
      residentId = checked.value.value;
      birthDate = checked.value.birthDate;
    } else problem('residentId', { zh: `${checked.error.message.zh}（I-1）`, en: `${checked.error.message.en} (I-1)` });
  }

  let mobile: string | null = null;
  if (cell('mobile')) {
    const m = parseMobile(cell('mobile'));
    if (m.ok) mobile = m.value;
    else problem('mobile', m.error.message);
  }

  const department = cell('department') || null;
  if (department !== null && (department.length > 50 || /\p{Cc}/u.test(department))) {
    problem('department', msg('roster.cell.tooLong50'));
  }

  let permit: RosterRowData['permit'] = null;
  const permitNo = cell('permitNo');
  const expiry = cell('expiresOn');
  if (permitNo || expiry) {
    if (!permitNo) problem('permitNo', msg('roster.cell.permitNoRequired'));
    else if (permitNo.length > 40 || !/^[\p{L}\p{N}-]+$/u.test(permitNo))
      problem('permitNo', msg('roster.cell.permitNoFormat', { value: quoteCell(permitNo) }));
    const expiresOn = expiry ? readDate(expiry) : undefined;
    if (!expiry) problem('expiresOn', msg('roster.cell.expiryRequired'));
    else if (!expiresOn) {
      const monthOnly = /^\d{4}-\d{2}$/.test(expiry);
      problem(
        'expiresOn',
        monthOnly ? msg('roster.cell.expiryNeedsDay') : msg('roster.cell.date', { value: quoteCell(expiry) }),
      );
    }
    // L-1: a permit period is one year; issued the day after the expiry a year earlier (as HR registration does).
    if (permitNo && expiresOn && errors.length === 0)
      permit = { permitNo, issuedOn: addDays(addYears(expiresOn, -1), 1), expiresOn };
  }
  const ok = errors.length === 0 && name.success;
  return {
    row: rowNo,
    data: ok ? { name: name.data, residentId, birthDate, mobile, department, permit } : null,
    errors,
  };
}

/** Rows validated between two yields to the event loop: a 50,000-row file takes seconds to check. */
const ROWS_PER_SLICE = 1000;

/**
 * Header check, then row-by-row validation; a resident ID may appear once per
 * file. Validation yields to the event loop every ROWS_PER_SLICE rows (issue
 * 18), so other users are served while a large roster is checked.
 */
export async function readRosterRows(table: string[][], today: string): Promise<ParsedRosterRow[]> {
  const rows = keyedRows(
    table,
    ROSTER_COLUMNS,
    MAX_ROSTER_ROWS,
    msg('roster.tooManyRows', { maxRosterRows: MAX_ROSTER_ROWS }),
  );
  const seen = new Map<string, number>();
  const parsedRows: ParsedRosterRow[] = [];
  for (const [i, { cells, rowNo }] of rows.entries()) {
    if (i > 0 && i % ROWS_PER_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const parsed = readRow(cells, rowNo, today);
    const id = parsed.data?.residentId;
    if (id && seen.has(id)) {
      parsed.errors.push({
        column: columnOf('residentId'),
        message: msg('roster.cell.residentIdRepeats', { row: seen.get(id)! }),
      });
      parsed.data = null;
    } else if (id) seen.set(id, rowNo);
    parsedRows.push(parsed);
  }
  return parsedRows;
}

/** The template: the header row (cells formatted as text, so dates and IDs stay as typed) and an instructions sheet. */
export async function rosterTemplateXlsx(): Promise<Buffer> {
  // exceljs (~25 MB resident) loads with the first spreadsheet written, not with the server (issue 20).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(bothInOneCell(msg('roster.template.sheet')));
  ws.columns = ROSTER_COLUMNS.map((c) => ({
    header: rosterHeader(c),
    key: c.key,
    width: Math.max(16, rosterHeader(c).length + 4),
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  const help = wb.addWorksheet(bothInOneCell(msg('roster.template.instructionsSheet')));
  help.columns = [
    { header: bothInOneCell(msg('roster.template.column')), width: 36 },
    { header: bothInOneCell(msg('roster.template.required')), width: 14 },
    { header: bothInOneCell(msg('roster.template.example')), width: 24 },
  ];
  const yes = bothInOneCell(msg('roster.template.yes'));
  const no = bothInOneCell(msg('roster.template.no'));
  for (const c of ROSTER_COLUMNS) help.addRow([rosterHeader(c), c.required ? yes : no, c.example]);
  help.addRow([]);
  const howToFill = msg('roster.template.howToFill');
  help.addRow([howToFill.zh, '', '']);
  help.addRow([howToFill.en, '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
