import { overLimit, type SpreadsheetLimits } from './limits.ts';
import { columnLetters } from './table-limits.ts';

/**
 * Reads an uploaded CSV (RFC 4180: quoted fields, doubled quotes, CRLF or
 * LF; a UTF-8 BOM is dropped) into rows of cell text, streaming and bounded
 * like the .xlsx reader (issue 18): the bytes are decoded a chunk at a time
 * and every row, column, cell and the total are counted as they are read, so
 * 12 MB of newlines is refused at row `maxRows + 1` instead of becoming
 * millions of rows. Runs inside the reader's worker thread (read-in-worker.ts).
 */
const CHUNK_BYTES = 64 * 1024;

export function readCsvTable(buf: Buffer, limits: SpreadsheetLimits): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  /** Inside a quoted field, a quote was read: the next character says whether it was doubled. */
  let quoteSeen = false;
  /** A CR ended the row: an LF right after it belongs to the same line end. */
  let crSeen = false;
  let total = 0;
  let started = false;

  const endField = () => {
    if (row.length >= limits.maxColumns)
      throw overLimit('columns', limits.maxColumns, row.length + 1, `${rows.length + 1}`);
    total += field.length;
    if (total > limits.maxTotalChars) throw overLimit('totalChars', limits.maxTotalChars, total);
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (rows.length >= limits.maxRows) throw overLimit('rows', limits.maxRows, rows.length + 1);
    rows.push(row);
    row = [];
  };
  const addChar = (ch: string) => {
    field += ch;
    if (field.length > limits.maxCellChars)
      throw overLimit(
        'cellSize',
        limits.maxCellChars,
        field.length,
        `${columnLetters(row.length + 1)}${rows.length + 1}`,
      );
  };
  const take = (ch: string) => {
    if (crSeen) {
      crSeen = false;
      if (ch === '\n') return;
    }
    if (quoted) {
      if (quoteSeen) {
        quoteSeen = false;
        if (ch === '"') return addChar('"');
        quoted = false; // the quote closed the field; this character is read as outside quotes
      } else if (ch === '"') {
        quoteSeen = true;
        return;
      } else return addChar(ch);
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      endRow();
      crSeen = true;
    } else addChar(ch);
  };

  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < buf.length; at += CHUNK_BYTES) {
    let chunk = decoder.decode(buf.subarray(at, at + CHUNK_BYTES), { stream: true });
    if (!started && chunk.length > 0) {
      started = true;
      if (chunk.startsWith('\uFEFF')) chunk = chunk.slice(1);
    }
    for (const ch of chunk) take(ch);
  }
  for (const ch of decoder.decode()) take(ch);
  if (quoteSeen) quoted = false;
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
