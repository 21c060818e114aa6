import ExcelJS from 'exceljs';
import { checkCompliance, selectPolicy } from '@jifen/domain';
import { policySet } from '@jifen/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { randomResidentId } from '../../../test/support/holder-fixtures.ts';
import { uploadFile } from '../../../test/support/multipart.ts';
import { loadAssessmentInput } from './holder-data.service.ts';

const HEADER =
  '月份 month,是否正常缴纳 paid,是否补缴 back-paid,缴费基数 base,缴纳单位信用代码 SI employer USCC,个税申报单位 tax declarers,应税收入 taxed income';

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(DB_KINDS)('holder data: registration, claims, SI/tax records (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  let li: string;
  let uscc: string;
  beforeAll(async () => {
    h = await startHarness(kind);
    hr = await Client.signedIn(h.app, 'hr.acme');
    li = await holderIdByName(h.db, '李明');
    uscc = (await h.db.one<{ uscc: string }>("SELECT uscc FROM employers WHERE name = '上海示例科技有限公司'")).uscc;
  });
  afterAll(async () => h?.close());

  const body = (over: Record<string, unknown> = {}) => ({
    name: '钱多多',
    residentId: randomResidentId(),
    mobile: '13600001234',
    username: `holder.t${Math.random().toString(36).slice(2, 8)}`,
    initialPassword: 'Lujiazui@Ferry-26',
    permit: { permitNo: 'SH123456789', expiresOn: '2026-12-31' },
    ...over,
  });

  it('registers a holder and their account for a verified employer only (R-3, R-4, I-1)', async () => {
    const gamma = await Client.signedIn(h.app, 'hr.gamma');
    const pending = await gamma.post('/api/v1/holders', body());
    expect(pending.statusCode).toBe(403);
    expect(pending.json().error.code).toBe('EMPLOYER.NOT_VERIFIED');
    const checksum = await hr.post('/api/v1/holders', body({ residentId: '310115199003071230' }));
    expect(checksum.statusCode).toBe(400);
    expect(checksum.json().error).toMatchObject({
      code: 'VALIDATION.RESIDENT_ID',
      message: expect.stringContaining('校验码错误'),
    });
    const input = body();
    const ok = await hr.post('/api/v1/holders', input);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().holder).toMatchObject({
      name: '钱多多',
      residentId: expect.stringMatching(/^3101\*{10}/),
      permit: { expiresOn: '2026-12-31', issuedOn: '2026-01-01' },
    });
    expect(ok.body).not.toContain(input.residentId);
    expect((await new Client(h.app).login(input.username, 'Lujiazui@Ferry-26')).statusCode).toBe(200);
    const dup = await hr.post('/api/v1/holders', body({ residentId: input.residentId }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('HOLDER.ALREADY_REGISTERED');
  });

  it('saves claims with optimistic versions; the holder confirms the version on file', async () => {
    const holder = await Client.signedIn(h.app, 'holder.li');
    const mine = (await holder.get(`/api/v1/holders/${li}/claims`)).json().claims;
    expect(mine).toMatchObject({ version: 1, confirmed: false, claims: { education: 'benke_bachelor' } });
    const put = await hr.request('PUT', `/api/v1/holders/${li}/claims`, {
      body: { claims: { ...mine.claims, shortageMajor: { jobMatches: true } }, expectedVersion: 1 },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().claims.version).toBe(2);
    const stale = await holder.request('PUT', '/api/v1/me/claims', {
      body: { claims: mine.claims, expectedVersion: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CLAIMS.CONFLICT');
    const wrong = await hr.request('PUT', `/api/v1/holders/${li}/claims`, {
      body: { claims: { education: 'phd' }, expectedVersion: 2 },
    });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await holder.post('/api/v1/me/claims/confirm', { version: 2 });
    expect(confirmed.json().claims).toMatchObject({ confirmed: true, confirmedVersion: 2 });
    expect((await holder.post('/api/v1/me/claims/confirm', { version: 1 })).statusCode).toBe(409);
    const beta = await Client.signedIn(h.app, 'hr.beta');
    expect((await beta.get(`/api/v1/holders/${li}/claims`)).statusCode).toBe(404);
  });

  it('builds the AssessmentInput from claims, ID and records; the demo data passes or fails C-1 as intended', async () => {
    const policy = selectPolicy(policySet, '2026-06-15');
    if (!policy.ok) throw new Error('no policy');
    const ap = { ...policy.value, wages: policySet.wages };
    const liInput = await loadAssessmentInput(h, li);
    if (!liInput.ok) throw new Error(liInput.error.message.en);
    expect(liInput.value).toMatchObject({
      birthDate: '1990-03-07',
      education: 'benke_bachelor',
      contractEmployerUscc: uscc,
      socialInsurance: { kind: 'records' },
    });
    // C-2 also needs the wage table of the previous year (P-2); C-1, C-3 and C-4 are the holder's own data.
    const liChecks = checkCompliance(liInput.value, '2026-06-15', ap);
    expect(liChecks.filter((c) => ['C-1', 'C-3', 'C-4'].includes(c.ruleId) && !c.passed)).toEqual([]);
    const zhang = await loadAssessmentInput(h, await holderIdByName(h.db, '张伟'));
    if (!zhang.ok) throw new Error(zhang.error.message.en);
    expect(checkCompliance(zhang.value, '2026-06-15', ap).find((c) => c.ruleId === 'C-1')?.passed).toBe(false);
    const none = await loadAssessmentInput(h, await holderIdByName(h.db, '王芳'));
    expect(none.ok ? null : none.error.code).toBe('CLAIMS.MISSING');
  });

  it("takes the holder's employer as the contract employer when the claims name none (C-2, S-9), and keeps one the claims name", async () => {
    const wang = await holderIdByName(h.db, '王芳');
    const put = await hr.request('PUT', `/api/v1/holders/${wang}/claims`, {
      body: { claims: { education: 'benke' }, expectedVersion: 0 },
    });
    expect(put.statusCode, put.body).toBe(200);
    const input = await loadAssessmentInput(h, wang);
    expect(input.ok && input.value.contractEmployerUscc).toBe(uscc);
    const other = (
      await h.db.one<{ uscc: string }>("SELECT uscc FROM employers WHERE name = '上海贝塔信息技术有限公司'")
    ).uscc;
    const named = await hr.request('PUT', `/api/v1/holders/${wang}/claims`, {
      body: { claims: { education: 'benke', contractEmployerUscc: other }, expectedVersion: 1 },
    });
    expect(named.statusCode, named.body).toBe(200);
    const kept = await loadAssessmentInput(h, wang);
    expect(kept.ok && kept.value.contractEmployerUscc).toBe(other);
  });

  it('imports a good CSV and reports a bad one row by row, writing nothing (all-or-nothing)', async () => {
    const wang = await holderIdByName(h.db, '王芳');
    const good = `\uFEFF${HEADER}\r\n2026-04,是,否,12000,${uscc},${uscc},15000\r\n2026-05,是,否,12000,${uscc},${uscc},15000\r\n`;
    const res = await uploadFile(hr, `/api/v1/holders/${wang}/records/import`, 'records.csv', good);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ format: 'csv', accepted: 2, rejected: 0, written: true, version: 1 });
    const bad = `${HEADER}\n2026-06,是,,12000,${uscc},,15000\n2026-13,也许,,-5,BAD,,\n2026-06,否,,,,,\n`;
    const report = (await uploadFile(hr, `/api/v1/holders/${wang}/records/import`, 'records.csv', bad)).json();
    expect(report).toMatchObject({ accepted: 0, rejected: 2, written: false, version: 1 });
    expect(report.rows[0]).toMatchObject({ row: 2, ok: true });
    expect(report.rows[1]).toMatchObject({ row: 3, ok: false });
    expect(report.rows[1].errors.map((e: { column: string }) => e.column)).toEqual([
      '月份 month',
      '是否正常缴纳 paid',
      '缴费基数 base',
      '缴纳单位信用代码 SI employer USCC',
    ]);
    expect(report.rows[2].errors[0].message).toContain('重复');
    const stored = (await hr.get(`/api/v1/holders/${wang}/records`)).json().records;
    expect(stored.months.map((m: { month: string }) => m.month)).toEqual(['2026-04', '2026-05']);
    const partial = (
      await uploadFile(hr, `/api/v1/holders/${wang}/records/import?mode=valid-only`, 'records.csv', bad)
    ).json();
    expect(partial).toMatchObject({ accepted: 1, rejected: 2, written: true, version: 2 });
    hr.lang = 'en';
    const noHeader = await uploadFile(hr, `/api/v1/holders/${wang}/records/import`, 'records.csv', 'a,b\n1,2\n');
    hr.lang = 'zh';
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error).toMatchObject({
      code: 'VALIDATION.IMPORT_FILE',
      message: expect.stringContaining('month'),
    });
  });

  it('imports XLSX the same way, and serves the templates', async () => {
    const zhang = await holderIdByName(h.db, '张伟');
    const before = (await hr.get(`/api/v1/holders/${zhang}/records`)).json().records;
    const bad = await xlsx([
      HEADER.split(','),
      ['2026-06', '是', '否', 12000, uscc, uscc, 15000],
      ['2026-07', 'maybe', '', '', '', '', ''],
    ]);
    const report = (
      await uploadFile(hr, `/api/v1/holders/${zhang}/records/import`, 'r.xlsx', bad, 'application/octet-stream')
    ).json();
    expect(report).toMatchObject({ format: 'xlsx', written: false, rejected: 1 });
    expect(report.rows[1].errors[0].column).toBe('是否正常缴纳 paid');
    expect((await hr.get(`/api/v1/holders/${zhang}/records`)).json().records.version).toBe(before.version);
    const tpl = await hr.get('/api/v1/records/template.xlsx');
    expect(tpl.headers['content-type']).toContain('spreadsheetml');
    const again = (
      await uploadFile(
        hr,
        `/api/v1/holders/${zhang}/records/import`,
        'template.xlsx',
        tpl.rawPayload,
        'application/octet-stream',
      )
    ).json();
    expect(again).toMatchObject({ format: 'xlsx', accepted: 1, written: true, version: before.version + 1 });
    const csv = await hr.get('/api/v1/records/template.csv');
    expect(csv.body).toContain('月份 month');
    expect(
      (await uploadFile(hr, `/api/v1/holders/${zhang}/records/import`, 'template.csv', csv.body)).json().written,
    ).toBe(true);
    const rows = await h.db.one<{ records_enc: string }>(
      'SELECT records_enc FROM holder_si_records WHERE holder_id = $1',
      [zhang],
    );
    expect(rows.records_enc).toMatch(/^v1\./);
    expect(rows.records_enc).not.toContain(uscc);
  });
});
