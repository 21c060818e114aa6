import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loopStallMeter } from '../../../../test/support/loop-stall.ts';
import { AppError } from '../../../errors.ts';
import { cell, sheet, validRows, workbook, zipBomb } from './hostile-workbooks.ts';
import { SPREADSHEET_LIMITS, type SpreadsheetLimits } from './limits.ts';
import { readSpreadsheetInWorker } from './read-in-worker.ts';

/** The refusal a read ends in: its code, the limit it names and its English message. */
async function refusal(data: Buffer, limits: SpreadsheetLimits = SPREADSHEET_LIMITS) {
  try {
    await readSpreadsheetInWorker(data, limits);
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

/** The issue's file: one cell at the last row Excel has (1,048,576), made by a spreadsheet library. */
async function lastRowWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('s').getCell('A1048576').value = 'x';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('hostile spreadsheets are read in a worker within limits (issue 11)', () => {
  it('reads a valid sheet: text, numbers, shared strings', async () => {
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="1"><si><r><t>是</t></r><rPh><t>ぜ</t></rPh></si></sst>`;
    const rows = await readSpreadsheetInWorker(
      workbook(
        sheet(
          `<row r="1">${cell('A1', '月份 month')}</row><row r="3"><c r="A3" t="inlineStr"><is><t>2026-05</t></is></c><c r="C3" t="s"><v>0</v></c><c r="D3"><v>12000</v></c></row>`,
        ),
        {
          sharedStrings: strings,
        },
      ),
    );
    expect(rows).toEqual([['月份 month'], [], ['2026-05', '', '是', '12000']]);
  });

  it('stops a zip bomb at the uncompressed limit, whatever its directory claims', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(200 * 1024);
    const r = await refusal(bomb);
    expect(r).toMatchObject({ code: 'VALIDATION.IMPORT_LIMIT', limit: 'uncompressedSize' });
    expect(r.en).toMatch(/inflates to more than 20 MB/);
    expect(r.zh).toMatch(/解压后超过 20 MB/);
  });

  it("refuses the issue's 1,048,576-row file and a sheet whose dimension claims the whole grid", async () => {
    expect(await refusal(await lastRowWorkbook())).toMatchObject({
      code: 'VALIDATION.IMPORT_LIMIT',
      limit: expect.stringMatching(/^(dimension|rows)$/),
    });
    const lying = await refusal(workbook(sheet(validRows(), 'A1:XFD1048576')));
    expect(lying).toMatchObject({ code: 'VALIDATION.IMPORT_LIMIT', limit: 'dimension' });
    expect(lying.en).toContain('A1:XFD1048576');
    expect(
      await refusal(workbook(sheet(`${validRows()}<row r="5000">${cell('A5000', '2026-06')}</row>`))),
    ).toMatchObject({ limit: 'rows' });
    expect(await refusal(workbook(sheet(`<row r="1">${cell('XFD1', 'x')}</row>`)))).toMatchObject({ limit: 'columns' });
  });

  it('refuses a huge shared-string table, declared or real', async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const declared = `<sst ${ns} count="10000000" uniqueCount="10000000"><si><t>x</t></si></sst>`;
    expect(await refusal(workbook(sheet(validRows()), { sharedStrings: declared }))).toMatchObject({
      limit: 'sharedStrings',
    });
    const real = `<sst ${ns}>${'<si><t>x</t></si>'.repeat(SPREADSHEET_LIMITS.maxSharedStrings + 1)}</sst>`;
    expect(await refusal(workbook(sheet(validRows()), { sharedStrings: real }))).toMatchObject({
      limit: 'sharedStrings',
    });
  });

  it('refuses a giant cell without quoting it', async () => {
    const giant = 'Z'.repeat(200_000);
    const inline = await refusal(workbook(sheet(`${validRows()}<row r="3">${cell('C3', giant)}</row>`)));
    expect(inline).toMatchObject({ code: 'VALIDATION.IMPORT_LIMIT', limit: 'cellSize' });
    expect(inline.en).toContain('C3');
    expect(inline.en.length).toBeLessThan(300);
    const shared = await refusal(
      workbook(sheet(validRows()), { sharedStrings: `<sst><si><t>${giant}</t></si></sst>` }),
    );
    expect(shared).toMatchObject({ limit: 'cellSize' });
    expect(shared.en).not.toContain('ZZZZ');
  });

  it('refuses a DOCTYPE (no entity expansion) and a file that is no workbook', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${sheet(`<row r="1">${cell('A1', '&b;')}</row>`)}`;
    expect(await refusal(workbook(laughs))).toMatchObject({ code: 'VALIDATION.IMPORT_FILE' });
    expect(await refusal(Buffer.from('PK not really a zip'))).toMatchObject({ code: 'VALIDATION.IMPORT_FILE' });
  });

  it('ends a read that passes its time limit', async () => {
    expect(await refusal(workbook(sheet(validRows())), { ...SPREADSHEET_LIMITS, timeLimitMs: 1 })).toMatchObject({
      code: 'VALIDATION.IMPORT_LIMIT',
      limit: 'time',
    });
  });

  it('refuses as busy beyond the reads running and waiting, and reads the next one after', async () => {
    const one = { ...SPREADSHEET_LIMITS, concurrentReads: 1, queuedReads: 0 };
    const file = workbook(sheet(validRows()));
    const [first, second] = await Promise.allSettled([
      readSpreadsheetInWorker(file, one),
      readSpreadsheetInWorker(file, one),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled' });
    expect(second).toMatchObject({ status: 'rejected', reason: { domain: { code: 'SERVICE.UNAVAILABLE' } } });
    expect(await readSpreadsheetInWorker(file, one)).toHaveLength(2);
  });

  it('keeps the event loop responsive while hostile files are read', async () => {
    const files = [await lastRowWorkbook(), zipBomb(), workbook(sheet(validRows(), 'A1:XFD1048576'))];
    const meter = loopStallMeter();
    const results = await Promise.all(files.map((f) => refusal(f)));
    const loopStall = meter.stop();
    expect(results.every((r) => r.code === 'VALIDATION.IMPORT_LIMIT')).toBe(true);
    // The old reader blocked the loop for seconds on the first file alone.
    expect(loopStall).toBeLessThan(750);
  });
});
