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
export const ROSTER_COLUMNS = [
  { key: 'name', zh: '姓名', en: 'name', required: true, example: '张三' },
  { key: 'residentId', zh: '公民身份号码', en: 'resident ID', required: true, example: '310115199003071239' },
  { key: 'mobile', zh: '手机号码', en: 'mobile', required: false, example: '13800138000' },
  { key: 'department', zh: '部门', en: 'department', required: false, example: '研发部' },
  { key: 'permitNo', zh: '居住证号码', en: 'permit no.', required: false, example: 'SH2026-000123' },
  { key: 'expiresOn', zh: '居住证有效期至', en: 'permit expiry (YYYY-MM-DD)', required: false, example: '2027-03-15' },
] as const;
export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];
export const rosterHeader = (c: (typeof ROSTER_COLUMNS)[number]) => `${c.zh} ${c.en}`;
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
  const ws = wb.addWorksheet('花名册 roster');
  ws.columns = ROSTER_COLUMNS.map((c) => ({
    header: rosterHeader(c),
    key: c.key,
    width: Math.max(16, rosterHeader(c).length + 4),
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  const help = wb.addWorksheet('说明 instructions');
  help.columns = [
    { header: '列 column', width: 36 },
    { header: '必填 required', width: 14 },
    { header: '示例 example', width: 24 },
  ];
  for (const c of ROSTER_COLUMNS) help.addRow([rosterHeader(c), c.required ? '是 yes' : '否 no', c.example]);
  help.addRow([]);
  help.addRow(['第一张工作表的首行为列名，从第 2 行起每行一名员工；有效期填写为文本 YYYY-MM-DD。', '', '']);
  help.addRow([
    'Row 1 of the first sheet holds the column names; one employee per row from row 2; write the expiry as text YYYY-MM-DD.',
    '',
    '',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
