import { describe, expect, it } from 'vitest';
import { loopStallMeter } from '../../../../test/support/loop-stall.ts';
import { AppError } from '../../../errors.ts';
import { ROSTER_LIMITS } from '../../roster/roster-file.ts';
import { tableOf } from '../records.service.ts';
import { SPREADSHEET_LIMITS, type SpreadsheetLimits } from './limits.ts';
import { readTableInWorker } from './read-in-worker.ts';

/** The refusal a read ends in: its code and the limit it names. */
async function refusal(read: Promise<unknown>) {
  try {
    await read;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      code: error.domain.code,
      limit: error.domain.details?.limit,
      zh: error.domain.message.zh,
      en: error.domain.message.en,
    };
  }
  throw new Error('the file was read');
}

const csv = (s: string) => Buffer.from(s, 'utf8');

describe('a CSV upload is read like an .xlsx: streaming, bounded, in a worker (issue 18)', () => {
  it('reads RFC 4180: BOM, quotes, doubled quotes, newlines in quotes, CRLF and LF', async () => {
    const table = await readTableInWorker(csv('\uFEFFa,"b,1"\r\n"say ""hi""","two\nlines"\n\nlast,'), 'csv', 'e1');
    expect(table).toEqual([['a', 'b,1'], ['say "hi"', 'two\nlines'], [''], ['last', '']]);
  });

  it('refuses 12 MB of newlines at the row limit without blocking the event loop or growing the heap', async () => {
    const newlines = Buffer.alloc(12 * 1024 * 1024, 0x0a);
    const heapBefore = process.memoryUsage().heapUsed;
    const meter = loopStallMeter();
    const results = await Promise.all([
      refusal(tableOf({ filename: 'roster.csv', data: newlines }, 'employer-a', ROSTER_LIMITS)),
      refusal(tableOf({ filename: 'records.csv', data: newlines }, 'employer-b')),
    ]);
    const loopStall = meter.stop();
    expect(results.map((r) => [r.code, r.limit])).toEqual([
      ['VALIDATION.IMPORT_LIMIT', 'rows'],
      ['VALIDATION.IMPORT_LIMIT', 'rows'],
    ]);
    expect(results[0]!.en).toContain(`first ${ROSTER_LIMITS.maxRows} rows`);
    // The old parser ran 8.9 s on the event loop and built millions of rows.
    expect(loopStall).toBeLessThan(750);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('names the column, cell or total a CSV crosses', async () => {
    expect(await refusal(readTableInWorker(csv(`${'x,'.repeat(70)}x\n`), 'csv', 'e1'))).toMatchObject({
      limit: 'columns',
    });
    expect(await refusal(readTableInWorker(csv(`a,b\nc,"${'y'.repeat(1001)}"\n`), 'csv', 'e1'))).toMatchObject({
      limit: 'cellSize',
      en: expect.stringContaining('(B2)'),
    });
    const small: SpreadsheetLimits = { ...SPREADSHEET_LIMITS, maxTotalChars: 100 };
    expect(
      await refusal(readTableInWorker(csv(`${'z'.repeat(60)}\n${'z'.repeat(60)}\n`), 'csv', 'e1', small)),
    ).toMatchObject({ limit: 'totalChars' });
  });
});

describe('the reader line is fair per owner (issue 18)', () => {
  const one: SpreadsheetLimits = {
    ...SPREADSHEET_LIMITS,
    maxRows: 50_000,
    maxTotalChars: 1_000_000,
    concurrentReads: 1,
    queuedReads: 2,
    queuedTotal: 8,
  };
  const rows = csv(`${'a,b,c\n'.repeat(20_000)}`);

  it("reads another employer's file next while one employer has three files in line, and refuses that employer's fourth", async () => {
    const done: string[] = [];
    const read = (owner: string, name: string) =>
      readTableInWorker(rows, 'csv', owner, one).then(() => done.push(name));
    const a = [read('employer-a', 'a1'), read('employer-a', 'a2'), read('employer-a', 'a3')];
    const fourth = await refusal(readTableInWorker(rows, 'csv', 'employer-a', one));
    expect(fourth).toMatchObject({
      code: 'SERVICE.UNAVAILABLE',
      en: expect.stringContaining('Your earlier spreadsheets'),
    });
    const b = read('employer-b', 'b1');
    await Promise.all([...a, b]);
    expect(done).toEqual(['a1', 'b1', 'a2', 'a3']);
  });

  it('bounds the files waiting for all owners together', async () => {
    const tight: SpreadsheetLimits = { ...one, queuedTotal: 2 };
    const reads = [
      readTableInWorker(rows, 'csv', 'o1', tight),
      readTableInWorker(rows, 'csv', 'o2', tight),
      readTableInWorker(rows, 'csv', 'o3', tight),
    ];
    expect(await refusal(readTableInWorker(rows, 'csv', 'o4', tight))).toMatchObject({
      code: 'SERVICE.UNAVAILABLE',
      en: expect.stringContaining('Too many'),
    });
    await Promise.all(reads);
  });
});
