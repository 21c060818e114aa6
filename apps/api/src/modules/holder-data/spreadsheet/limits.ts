/**
 * Limits for an uploaded spreadsheet (issue 11): every upload is treated as
 * hostile, so each of these bounds time or memory, and crossing one refuses
 * the file with `VALIDATION.IMPORT_LIMIT` naming the limit.
 *
 * The records file has at most 600 data rows (MAX_IMPORT_ROWS) in 7 columns:
 * the sheet limits leave room for blank rows and extra note columns.
 */
export const SPREADSHEET_LIMITS = {
  /** Highest row number a cell (or the declared dimension) may use. */
  maxRows: 1000,
  /** Highest column number (64 = column BL). */
  maxColumns: 64,
  /** Characters in one cell. */
  maxCellChars: 1000,
  /** Characters in all cells read, together. */
  maxTotalChars: 2_000_000,
  /** Entries of the shared-string table (declared or found). */
  maxSharedStrings: 50_000,
  /** Characters in the shared-string table, together. */
  maxSharedStringChars: 2_000_000,
  /** Uncompressed bytes of one zip entry that is read (zip bomb). */
  maxEntryBytes: 20 * 1024 * 1024,
  /** Uncompressed bytes of all entries read, together. */
  maxTotalBytes: 40 * 1024 * 1024,
  /** Entries in the zip directory. */
  maxZipEntries: 500,
  /** Wall time of one read in its worker thread. */
  timeLimitMs: 10_000,
  /** Heap of the worker thread (V8 old generation), in MB. */
  workerHeapMb: 96,
  /** Spreadsheets read at the same time; more wait in line. */
  concurrentReads: 2,
  /** Spreadsheets one owner (an employer, or a user without one) may have waiting; more are refused as busy. */
  queuedReads: 4,
  /** Spreadsheets all owners together may have waiting (each is held in memory). */
  queuedTotal: 32,
} as const;

export type SpreadsheetLimits = { -readonly [K in keyof typeof SPREADSHEET_LIMITS]: number };

/** Which limit a file crossed, and by how much when that is known. */
export type LimitKind =
  | 'rows'
  | 'columns'
  | 'dimension'
  | 'cellSize'
  | 'totalChars'
  | 'sharedStrings'
  | 'uncompressedSize'
  | 'zipEntries'
  | 'styles'
  | 'time'
  | 'memory';

export interface LimitProblem {
  kind: 'limit';
  limit: LimitKind;
  /** The cell or entry concerned (e.g. "B7", "xl/sharedStrings.xml"); never its content. */
  where?: string;
  max: number;
  found?: number;
}

/** The file is not a readable workbook (not a zip, no sheet, broken XML). */
export interface UnreadableProblem {
  kind: 'unreadable';
  reason: string;
}

export type SpreadsheetProblem = LimitProblem | UnreadableProblem;

/** Thrown inside the reader; crosses the worker boundary as its plain `problem`. */
export class SpreadsheetRefusal extends Error {
  readonly problem: SpreadsheetProblem;
  constructor(problem: SpreadsheetProblem) {
    super(
      problem.kind === 'limit'
        ? `spreadsheet limit ${problem.limit} (max ${problem.max})`
        : `unreadable spreadsheet: ${problem.reason}`,
    );
    this.problem = problem;
  }
}

export const overLimit = (limit: LimitKind, max: number, found?: number, where?: string) =>
  new SpreadsheetRefusal({
    kind: 'limit',
    limit,
    max,
    ...(found === undefined ? {} : { found }),
    ...(where === undefined ? {} : { where }),
  });

export const unreadable = (reason: string) => new SpreadsheetRefusal({ kind: 'unreadable', reason });
