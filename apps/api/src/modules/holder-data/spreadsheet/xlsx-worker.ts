// Worker-thread entry: reads one uploaded table (an .xlsx workbook or a CSV
// file) and posts back its rows or the problem that refused it. Kept free of
// the rest of the API (and of the domain) so the thread starts small and fast.
import { parentPort, workerData } from 'node:worker_threads';
import { readCsvTable } from './csv-read.ts';
import { SpreadsheetRefusal, type SpreadsheetLimits, type SpreadsheetProblem } from './limits.ts';
import { readXlsxTable } from './xlsx-read.ts';

export type TableFormat = 'csv' | 'xlsx';
export type WorkerReply = { ok: true; rows: string[][] } | { ok: false; problem: SpreadsheetProblem };

const { data, limits, format } = workerData as { data: Uint8Array; limits: SpreadsheetLimits; format: TableFormat };
const post = (reply: WorkerReply) => parentPort?.postMessage(reply);
const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);

(async () => (format === 'csv' ? readCsvTable(buf, limits) : readXlsxTable(buf, limits)))().then(
  (rows) => post({ ok: true, rows }),
  (error: unknown) =>
    post({
      ok: false,
      problem:
        error instanceof SpreadsheetRefusal
          ? error.problem
          : { kind: 'unreadable', reason: `the ${format === 'csv' ? 'CSV file' : 'workbook'} cannot be read` },
    }),
);
