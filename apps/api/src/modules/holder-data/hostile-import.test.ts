import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { uploadFile } from '../../../test/support/multipart.ts';
import { cell, sheet, validRows, workbook, zipBomb } from './spreadsheet/hostile-workbooks.ts';

/** Issue 11, item 2, through the import route: coded refusals in both languages, nothing echoed, nothing written. */
describe('hostile records files on the import route (pglite)', () => {
  let h: Harness;
  let hr: Client;
  let li: string;
  const url = () => `/api/v1/holders/${li}/records/import`;
  beforeAll(async () => {
    h = await startHarness('pglite');
    hr = await Client.signedIn(h.app, 'hr.acme');
    li = await holderIdByName(h.db, '李明');
  });
  afterAll(async () => h?.close());

  it('refuses a zip bomb and a million-row dimension with VALIDATION.IMPORT_LIMIT, in Chinese and English', async () => {
    const before = (await hr.get(`/api/v1/holders/${li}/records`)).json().records.version;
    hr.lang = 'zh';
    const bomb = await uploadFile(hr, url(), 'r.xlsx', zipBomb(), 'application/octet-stream');
    expect(bomb.statusCode).toBe(400);
    expect(bomb.json().error).toMatchObject({
      code: 'VALIDATION.IMPORT_LIMIT',
      message: expect.stringContaining('解压后超过'),
    });
    hr.lang = 'en';
    const grid = await uploadFile(
      hr,
      url(),
      'r.xlsx',
      workbook(sheet(validRows(), 'A1:XFD1048576')),
      'application/octet-stream',
    );
    expect(grid.statusCode).toBe(400);
    expect(grid.json().error).toMatchObject({
      code: 'VALIDATION.IMPORT_LIMIT',
      message: expect.stringContaining('declares a range beyond'),
    });
    expect((await hr.get(`/api/v1/holders/${li}/records`)).json().records.version).toBe(before);
  });

  it('does not echo a giant cell back, from an .xlsx or a CSV', async () => {
    const giant = 'Q'.repeat(300_000);
    const fromXlsx = await uploadFile(
      hr,
      url(),
      'r.xlsx',
      workbook(sheet(`${validRows()}<row r="3">${cell('B3', giant)}</row>`)),
      'application/octet-stream',
    );
    expect(fromXlsx.json().error.code).toBe('VALIDATION.IMPORT_LIMIT');
    expect(fromXlsx.payload.length).toBeLessThan(1000);
    const fromCsv = await uploadFile(hr, url(), 'r.csv', `月份 month,是否正常缴纳 paid\r\n2026-05,${giant}\r\n`);
    expect(fromCsv.json().error).toMatchObject({
      code: 'VALIDATION.IMPORT_LIMIT',
      message: expect.stringContaining('B2'),
    });
    expect(fromCsv.payload.length).toBeLessThan(1000);
  });

  it('quotes at most 40 characters of a bad cell in the row report', async () => {
    const long = `maybe${'m'.repeat(900)}`;
    const report = await uploadFile(hr, url(), 'r.csv', `月份 month,是否正常缴纳 paid\r\n2026-05,${long}\r\n`);
    expect(report.statusCode).toBe(200);
    const message: string = report.json().rows[0].errors[0].message;
    expect(message).toContain(`"${long.slice(0, 40)}…（${long.length}）"`);
    expect(report.payload.length).toBeLessThan(1000);
  });
});
