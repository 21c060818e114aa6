import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppError } from '../../../errors.ts';
import { SPREADSHEET_LIMITS, type SpreadsheetLimits, type SpreadsheetProblem } from './limits.ts';
import { readerSlot } from './read-queue.ts';
import { refusalFor } from './refusal-messages.ts';
import type { TableFormat, WorkerReply } from './xlsx-worker.ts';

/**
 * Reads an uploaded .xlsx or CSV OFF the event loop: each file gets a worker
 * thread with a capped heap and a wall-time limit, after which the thread is
 * terminated. At most `concurrentReads` run at once; the others wait in a
 * line that is fair per owner (read-queue.ts), and beyond an owner's
 * `queuedReads` the upload is refused as busy, so a burst of hostile files
 * cannot take every core nor shut other employers out.
 */
// Built for production (`npm run build`), this file is JavaScript beside a
// compiled xlsx-worker.js, which plain node runs; from the TypeScript sources
// the worker's own module loader must register tsx first.
const COMPILED = import.meta.url.endsWith('.js');
const WORKER_ENTRY = new URL(COMPILED ? './xlsx-worker.js' : './xlsx-worker.ts', import.meta.url).href;
// Its ESM entry is taken from tsx's own export map (the CommonJS one cannot
// register hooks from an evaluated worker script); tsx is not installed in production.
const TSX_API = COMPILED
  ? ''
  : (() => {
      const require = createRequire(import.meta.url);
      const manifest = require.resolve('tsx/package.json');
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
        exports: Record<string, { import: { default: string } }>;
      };
      return pathToFileURL(path.join(path.dirname(manifest), pkg.exports['./esm/api']!.import.default)).href;
    })();
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(workerData.tsxApi ? import(workerData.tsxApi).then((tsx) => tsx.register()) : Promise.resolve()).then(() => import(workerData.entry));
`;

function runWorker(data: Buffer, format: TableFormat, limits: SpreadsheetLimits): Promise<WorkerReply> {
  return new Promise((resolve) => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { data: new Uint8Array(data), format, limits, tsxApi: TSX_API, entry: WORKER_ENTRY },
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
    let settled = false;
    const settle = (reply: WorkerReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(reply);
    };
    const limitProblem = (limit: 'time' | 'memory', max: number): SpreadsheetProblem => ({ kind: 'limit', limit, max });
    const timer = setTimeout(
      () => settle({ ok: false, problem: limitProblem('time', limits.timeLimitMs) }),
      limits.timeLimitMs,
    );
    worker.on('message', (reply: WorkerReply) => settle(reply));
    worker.on('error', (error: Error & { code?: string }) =>
      settle({
        ok: false,
        problem:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? limitProblem('memory', limits.workerHeapMb)
            : { kind: 'unreadable', reason: 'reader failed' },
      }),
    );
    worker.on('exit', () => settle({ ok: false, problem: { kind: 'unreadable', reason: 'reader stopped' } }));
  });
}

/**
 * The rows of an uploaded table (the first worksheet of an .xlsx, or a CSV
 * file) as text, or a coded refusal (`VALIDATION.IMPORT_LIMIT`,
 * `VALIDATION.IMPORT_FILE`, `SERVICE.UNAVAILABLE` when `owner` has too many
 * files waiting).
 */
export async function readTableInWorker(
  data: Buffer,
  format: TableFormat,
  owner: string,
  limits: SpreadsheetLimits = SPREADSHEET_LIMITS,
): Promise<string[][]> {
  const release = await readerSlot(owner, limits);
  let reply: WorkerReply;
  try {
    reply = await runWorker(data, format, limits);
  } finally {
    release();
  }
  if (reply.ok) return reply.rows;
  throw refusalFor(reply.problem) satisfies AppError;
}

/** The first worksheet's rows as text, read in the line of an anonymous owner. */
export function readSpreadsheetInWorker(
  data: Buffer,
  limits: SpreadsheetLimits = SPREADSHEET_LIMITS,
  owner = 'anonymous',
): Promise<string[][]> {
  return readTableInWorker(data, 'xlsx', owner, limits);
}
