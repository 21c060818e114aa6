import { overLimit, unreadable, type SpreadsheetLimits } from './limits.ts';
import { attr, parseXmlEntry } from './xml-stream.ts';
import { listZipEntries, type InflateBudget, type ZipEntry } from './zip-entries.ts';

/**
 * Reads the first worksheet of an .xlsx into rows of cell text, streaming
 * and bounded by `limits` at every step (entries, bytes, strings, rows,
 * columns, cell size). Runs inside a worker thread (read-in-worker.ts).
 * Cell text follows what the records file expects: numbers as written,
 * date-formatted numbers as YYYY-MM, booleans as true/false.
 */
interface Workbook {
  buf: Buffer;
  entries: Map<string, ZipEntry>;
  limits: SpreadsheetLimits;
  budget: InflateBudget;
}

const entryOf = (wb: Workbook, path: string) => wb.entries.get(path) ?? wb.entries.get(path.replace(/^\//, ''));

/** Column letters to a number (A = 1, BL = 64); stops counting past the limit. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
    if (n > 1e7) break;
  }
  return n;
}

function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,7})\$?(\d{1,10})$/.exec(ref.trim());
  return m ? { col: columnNumber(m[1]!), row: Number(m[2]) } : undefined;
}

async function firstSheetPath(
  wb: Workbook,
): Promise<{ sheet: string; sharedStrings: string; styles: string; date1904: boolean }> {
  const workbook = entryOf(wb, 'xl/workbook.xml');
  if (!workbook) throw unreadable('no xl/workbook.xml');
  let sheetRel: string | undefined;
  let date1904 = false;
  await parseXmlEntry(wb.buf, workbook, wb.limits, wb.budget, {
    open(name, tag) {
      if (name === 'sheet' && sheetRel === undefined) sheetRel = attr(tag, 'id') ?? '';
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
    },
  });
  const targets = new Map<string, string>();
  let sharedStrings = 'xl/sharedStrings.xml';
  let styles = 'xl/styles.xml';
  const rels = entryOf(wb, 'xl/_rels/workbook.xml.rels');
  const resolve = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  if (rels) {
    await parseXmlEntry(wb.buf, rels, wb.limits, wb.budget, {
      open(name, tag) {
        if (name !== 'Relationship') return;
        const target = resolve(attr(tag, 'Target') ?? '');
        const type = attr(tag, 'Type') ?? '';
        targets.set(attr(tag, 'Id') ?? '', target);
        if (type.endsWith('/sharedStrings')) sharedStrings = target;
        if (type.endsWith('/styles')) styles = target;
      },
    });
  }
  const sheet = (sheetRel !== undefined && targets.get(sheetRel)) || 'xl/worksheets/sheet1.xml';
  return { sheet, sharedStrings, styles, date1904 };
}

/** Built-in number formats that show a date (ECMA-376 18.8.30, with the CJK ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);
const isDateFormatCode = (code: string) => /[ymdhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** For each cell style index: does it show its number as a date? */
async function dateStyles(wb: Workbook, path: string): Promise<boolean[]> {
  const entry = entryOf(wb, path);
  if (!entry) return [];
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parseXmlEntry(wb.buf, entry, wb.limits, wb.budget, {
    open(name, tag) {
      if (name === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        if (xfFormats.length >= 65_536) throw overLimit('styles', 65_536, undefined, path);
        xfFormats.push(Number(attr(tag, 'numFmtId') ?? 0));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfFormats.map((id) => (custom.has(id) ? isDateFormatCode(custom.get(id)!) : DATE_FORMAT_IDS.has(id)));
}

async function sharedStrings(wb: Workbook, path: string): Promise<string[]> {
  const entry = entryOf(wb, path);
  if (!entry) return [];
  const { maxSharedStrings, maxSharedStringChars, maxCellChars } = wb.limits;
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phoneticDepth = 0;
  let total = 0;
  await parseXmlEntry(wb.buf, entry, wb.limits, wb.budget, {
    open(name, tag) {
      if (name === 'sst') {
        const declared = Number(attr(tag, 'uniqueCount') ?? 0);
        if (declared > maxSharedStrings) throw overLimit('sharedStrings', maxSharedStrings, declared, path);
      } else if (name === 'si') current = '';
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && phoneticDepth === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'si' && current !== null) {
        strings.push(current);
        if (strings.length > maxSharedStrings) throw overLimit('sharedStrings', maxSharedStrings, undefined, path);
        current = null;
      }
    },
    text(t) {
      if (!inText || current === null) return;
      current += t;
      total += t.length;
      if (current.length > maxCellChars)
        throw overLimit('cellSize', maxCellChars, current.length, `${path} #${strings.length + 1}`);
      if (total > maxSharedStringChars) throw overLimit('sharedStrings', maxSharedStringChars, total, path);
    },
  });
  return strings;
}

/** Excel's day number to YYYY-MM (1900 system counts from 1899-12-30; 1904 adds 1462 days). */
function serialMonth(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 7);
}

export async function readXlsxTable(buf: Buffer, limits: SpreadsheetLimits): Promise<string[][]> {
  const wb: Workbook = {
    buf,
    entries: listZipEntries(buf, limits),
    limits,
    budget: { remaining: limits.maxTotalBytes },
  };
  const paths = await firstSheetPath(wb);
  const sheet = entryOf(wb, paths.sheet);
  if (!sheet) throw unreadable('the workbook has no worksheet');
  const isDate = await dateStyles(wb, paths.styles);
  const strings = await sharedStrings(wb, paths.sharedStrings);
  const rows: string[][] = [];
  let rowNo = 0;
  let colNo = 0;
  let cell: { ref: string; type: string; style: number; text: string } | null = null;
  let collecting = false;
  let phoneticDepth = 0;
  let total = 0;
  const finishCell = () => {
    if (!cell) return;
    const { type, text } = cell;
    let value = text;
    if (type === 's') {
      const s = strings[Number(text)];
      if (text.trim() === '' || s === undefined) throw unreadable(`cell ${cell.ref} points to no shared string`);
      value = s;
    } else if (type === 'b') value = text === '1' ? 'true' : 'false';
    else if (type === 'd') value = text.slice(0, 7);
    else if ((type === 'n' || type === '') && text.trim() !== '') {
      const n = Number(text);
      value = Number.isNaN(n) ? text : isDate[cell.style] ? serialMonth(n, paths.date1904) : String(n);
    }
    total += value.length;
    if (total > limits.maxTotalChars) throw overLimit('totalChars', limits.maxTotalChars, total);
    const row = (rows[rowNo - 1] ??= []);
    while (row.length < colNo - 1) row.push('');
    row[colNo - 1] = value;
  };
  await parseXmlEntry(buf, sheet, limits, wb.budget, {
    open(name, tag) {
      if (name === 'dimension') {
        const last = (attr(tag, 'ref') ?? '').split(':').pop() ?? '';
        const at = parseRef(last);
        if (at && at.row > limits.maxRows) throw overLimit('dimension', limits.maxRows, at.row, attr(tag, 'ref'));
        if (at && at.col > limits.maxColumns) throw overLimit('dimension', limits.maxColumns, at.col, attr(tag, 'ref'));
      } else if (name === 'row') {
        const r = Number(attr(tag, 'r') ?? rowNo + 1);
        if (!Number.isInteger(r) || r < 1) throw unreadable('a row has no valid number');
        if (r > limits.maxRows) throw overLimit('rows', limits.maxRows, r);
        rowNo = r;
        colNo = 0;
      } else if (name === 'c') {
        const ref = attr(tag, 'r');
        const at = ref ? parseRef(ref) : undefined;
        if (ref && !at) throw unreadable('a cell has no valid reference');
        colNo = at ? at.col : colNo + 1;
        if (at && at.row !== rowNo) rowNo = at.row;
        if (rowNo > limits.maxRows) throw overLimit('rows', limits.maxRows, rowNo);
        if (colNo > limits.maxColumns) throw overLimit('columns', limits.maxColumns, colNo, ref);
        cell = { ref: ref ?? `#${colNo}`, type: attr(tag, 't') ?? '', style: Number(attr(tag, 's') ?? 0), text: '' };
      } else if (name === 'rPh') phoneticDepth++;
      else if (cell && (name === 'v' || (name === 't' && phoneticDepth === 0))) collecting = true;
    },
    close(name) {
      if (name === 'v' || name === 't') collecting = false;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'c') {
        finishCell();
        cell = null;
      }
    },
    text(t) {
      if (!collecting || !cell) return;
      cell.text += t;
      if (cell.text.length > limits.maxCellChars)
        throw overLimit('cellSize', limits.maxCellChars, cell.text.length, cell.ref);
    },
  });
  return Array.from(rows, (r) => r ?? []);
}
