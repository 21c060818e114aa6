// Worker-thread entry: reads one workbook and posts back its rows or the
// problem that refused it. Kept free of the rest of the API (and of the
// domain) so the thread starts small and fast.
import { parentPort, workerData } from 'node:worker_threads';
import { SpreadsheetRefusal, type SpreadsheetLimits, type SpreadsheetProblem } from './limits.ts';
import { readXlsxTable } from './xlsx-read.ts';

export type WorkerReply = { ok: true; rows: string[][] } | { ok: false; problem: SpreadsheetProblem };

const { data, limits } = workerData as { data: Uint8Array; limits: SpreadsheetLimits };
const post = (reply: WorkerReply) => parentPort?.postMessage(reply);

readXlsxTable(Buffer.from(data.buffer, data.byteOffset, data.byteLength), limits).then(
  (rows) => post({ ok: true, rows }),
  (error: unknown) =>
    post({ ok: false, problem: error instanceof SpreadsheetRefusal ? error.problem : { kind: 'unreadable', reason: 'the workbook cannot be read' } }),
);
