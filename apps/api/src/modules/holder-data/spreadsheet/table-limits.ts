import { overLimit, SPREADSHEET_LIMITS, type SpreadsheetLimits } from './limits.ts';
import { refusalFor } from './refusal-messages.ts';

/** Column number to letters (1 = A, 28 = AB), to name a cell without quoting it. */
export function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * The sheet limits applied to a table already parsed (a CSV upload, which is
 * parsed on the event loop: the upload size bounds its cost, these bound what
 * reaches validation and the reply).
 */
export function checkTableLimits(table: string[][], limits: SpreadsheetLimits = SPREADSHEET_LIMITS): string[][] {
  const problem = (() => {
    if (table.length > limits.maxRows) return overLimit('rows', limits.maxRows, table.length);
    let total = 0;
    for (let r = 0; r < table.length; r++) {
      const row = table[r]!;
      if (row.length > limits.maxColumns) return overLimit('columns', limits.maxColumns, row.length, `${r + 1}`);
      for (let c = 0; c < row.length; c++) {
        const length = row[c]!.length;
        if (length > limits.maxCellChars) return overLimit('cellSize', limits.maxCellChars, length, `${columnLetters(c + 1)}${r + 1}`);
        total += length;
      }
    }
    return total > limits.maxTotalChars ? overLimit('totalChars', limits.maxTotalChars, total) : undefined;
  })();
  if (problem) throw refusalFor(problem.problem);
  return table;
}
