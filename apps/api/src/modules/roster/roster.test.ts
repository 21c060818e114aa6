import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, residentIdCheckChar } from '@jifen/domain';
import { Client } from '../../../test/support/client.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { uploadFile } from '../../../test/support/multipart.ts';
import { ROSTER_COLUMNS, rosterHeader } from './roster-file.ts';

const TODAY = '2026-12-01';
const FULL_ID = /(?<![0-9A-Za-z+/])\d{17}[\dX](?![0-9A-Za-z+/=])/;
const id = (n: number) => {
  const first17 = `31011519900101${String(100 + n).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
};

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('roster');
  ws.addRow(ROSTER_COLUMNS.map(rosterHeader));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Seven people; rows 3, 5 and 7 of the file are bad (check digit, date, missing permit number). */
const person = (n: number, name: string, dept: string, expiresOn: string) => [
  name,
  id(n),
  '',
  dept,
  `SH-${n}`,
  expiresOn,
];
const GOOD = [
  person(1, '甲一', '研发一部', addDays(TODAY, 10)), // renewal window
  person(2, '乙二', '=HYPERLINK("x")', addDays(TODAY, -20)), // grace; a formula-like department
  person(3, '丙三', '研发一部', addDays(TODAY, 200)), // valid
  person(4, '丁四', '财务部', addDays(TODAY, -70)), // points cleared
];
const BAD = [
  ['戊五', `${id(5).slice(0, 17)}${id(5).endsWith('0') ? '1' : '0'}`, '', '研发一部', 'SH-5', addDays(TODAY, 5)],
  ['己六', id(6), '', '研发一部', 'SH-6', '2027-02-30'],
  ['庚七', id(7), '', '研发一部', '', addDays(TODAY, 3)],
];
const FIXED = [
  person(5, '戊五', '研发一部', addDays(TODAY, 5)),
  person(6, '己六', '研发一部', addDays(TODAY, 60)),
  person(7, '庚七', '研发一部', addDays(TODAY, 3)),
];

describe('roster (issue 13): import, keyset pages, summary, export, bulk renewals (pglite)', () => {
  let h: Harness;
  let hr: Client;
  let employerId: string;
  const holders = async () =>
    (await h.db.one<{ n: number }>('SELECT count(*)::int AS n FROM holders WHERE employer_id = $1', [employerId])).n;

  async function importFile(data: Buffer) {
    const res = await uploadFile(
      hr,
      '/api/v1/roster/imports',
      'roster.xlsx',
      data,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.statusCode, res.body).toBe(202);
    let view = res.json().import;
    while (view.status === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      view = (await hr.get(`/api/v1/roster/imports/${view.id}`)).json().import;
    }
    return view;
  }

  beforeAll(async () => {
    h = await startHarness('pglite', { now: `${TODAY}T02:00:00.000Z` });
    hr = await Client.signedIn(h.app, 'hr.acme');
    employerId = (await h.db.one<{ employer_id: string }>("SELECT employer_id FROM users WHERE username = 'hr.acme'"))
      .employer_id;
  });
  afterAll(async () => h?.close());

  it('imports row by row: a report of the bad rows, nothing stored for them, the same file again changes nothing', async () => {
    const before = await holders();
    const file = await xlsx([...GOOD.slice(0, 1), BAD[0]!, GOOD[1]!, BAD[1]!, GOOD[2]!, BAD[2]!, GOOD[3]!]);
    const first = await importFile(file);
    expect(first).toMatchObject({
      status: 'done',
      totalRows: 7,
      processedRows: 7,
      created: 4,
      unchanged: 0,
      rejected: 3,
    });
    expect(first.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, '公民身份号码 resident ID'],
      [5, '居住证有效期至 permit expiry (YYYY-MM-DD)'],
      [7, '居住证号码 permit no.'],
    ]);
    expect(first.errors[0].zh).toContain('I-1');
    expect(first.errors[1].en).toContain('YYYY-MM-DD');
    expect(await holders()).toBe(before + 4);

    const again = await importFile(file);
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 4, rejected: 3 });
    expect(await holders()).toBe(before + 4);

    const fixed = await importFile(await xlsx([...GOOD, ...FIXED]));
    expect(fixed).toMatchObject({ status: 'done', created: 3, unchanged: 4, rejected: 0, errors: [] });
    expect(await holders()).toBe(before + 7);
  });

  it('refuses a file without the required columns as a whole, in both languages', async () => {
    hr.lang = 'en';
    const res = await uploadFile(hr, '/api/v1/roster/imports', 'x.csv', 'foo,bar\n1,2\n');
    hr.lang = 'zh';
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION.IMPORT_FILE' });
    expect(res.json().error.message).toContain('resident ID');
  });

  it('pages by keyset: the pages join into the whole list, most overdue first, and filters are server-side', async () => {
    const all: { name: string; expiresOn: string | null; residentId: string }[] = [];
    let after: string | null = null;
    do {
      const url: string = `/api/v1/roster?limit=3${after ? `&after=${after}` : ''}`;
      const page = (await hr.get(url)).json();
      all.push(...page.entries);
      after = page.next;
    } while (after);
    expect(all.length).toBe(await holders());
    const order = all.map((e) => e.expiresOn ?? '9999');
    expect(order).toEqual([...order].sort());
    expect(JSON.stringify(all)).not.toMatch(FULL_ID);

    const names = async (qs: string) =>
      ((await hr.get(`/api/v1/roster?${qs}`)).json().entries as { name: string }[]).map((e) => e.name);
    expect(await names('state=grace')).toContain('乙二');
    expect(await names('state=renewal_window&department=研发一部')).toEqual(['庚七', '戊五', '甲一']);
    expect(await names(`deadlineFrom=${TODAY}&deadlineTo=${addDays(TODAY, 7)}&department=研发一部`)).toEqual([
      '庚七',
      '戊五',
    ]);
    expect(await names('q=丙')).toEqual(['丙三']);
    expect(await names(`expiresOn=${addDays(TODAY, 3)}`)).toEqual(['庚七']);
    expect(await names(`expiresOn=${addDays(TODAY, 3)}&state=valid`)).toEqual([]);
    expect(await names(`q=${id(4).slice(-4)}`)).toContain('丁四');
    expect((await hr.get('/api/v1/roster?after=bogus')).statusCode).toBe(400);
  });

  it('summarises counts by state and the expiries of the next 90 days', async () => {
    const s = (await hr.get('/api/v1/roster/summary')).json();
    expect(s.asOf).toBe(TODAY);
    const sum = Object.values(s.byState as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum + s.noPermit).toBe(s.total);
    expect(s.byState.renewal_window).toBeGreaterThanOrEqual(3);
    expect(s.expiries).toEqual(
      expect.arrayContaining([
        { date: addDays(TODAY, 3), count: 1 },
        { date: addDays(TODAY, 60), count: 1 },
      ]),
    );
    expect(s.expiries.every((e: { date: string }) => e.date >= TODAY && e.date <= addDays(TODAY, 89))).toBe(true);
    expect(s.departments).toEqual(expect.arrayContaining(['研发一部', '财务部']));
  });

  it('exports csv and xlsx with masked IDs and no formula', async () => {
    const csv = await hr.get('/api/v1/roster/export?format=csv&department=%3DHYPERLINK(%22x%22)');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toMatch(FULL_ID);
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.body).toContain('乙二');
    const file = await hr.get('/api/v1/roster/export?format=xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells.every((v) => typeof v === 'string')).toBe(true);
    expect(cells.join('|')).not.toMatch(FULL_ID);
    expect(cells).toContain('\'=HYPERLINK("x")');
  });

  it('starts renewals in bulk: created, then already open; refused with the rule and the fix', async () => {
    const page = (await hr.get('/api/v1/roster?department=研发一部')).json().entries as { id: string; name: string }[];
    const cleared = (await hr.get('/api/v1/roster?state=points_cleared')).json().entries as {
      id: string;
      name: string;
    }[];
    const pick = (n: string) => [...page, ...cleared].find((e) => e.name === n)!.id;
    const ids = [pick('甲一'), pick('戊五'), pick('丙三'), pick('丁四')];
    const first = (await hr.post('/api/v1/roster/renewals', { holderIds: ids })).json().results;
    expect(first.map((r: { outcome: string; ruleId: string | null }) => [r.outcome, r.ruleId])).toEqual([
      ['created', null],
      ['created', null],
      ['refused', 'L-2'],
      ['refused', 'L-4'],
    ]);
    expect(first[2].fix).toContain(addDays(TODAY, 200 - 30));
    const again = (await hr.post('/api/v1/roster/renewals', { holderIds: ids.slice(0, 2) })).json().results;
    expect(again.map((r: { outcome: string }) => r.outcome)).toEqual(['already_open', 'already_open']);
    expect(again[0].applicationId).toBe(first[0].applicationId);
    const drafts = await h.db.one<{ n: number }>(
      "SELECT count(*)::int AS n FROM applications WHERE holder_id = ANY($1::uuid[]) AND state = 'draft'",
      [ids],
    );
    expect(drafts.n).toBe(2);
  });
});
