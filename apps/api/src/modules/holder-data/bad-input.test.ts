import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { randomResidentId } from '../../../test/support/holder-fixtures.ts';
import { uploadFile } from '../../../test/support/multipart.ts';

/** Issue #5 routes next to test/bad-input.test.ts: an unknown field beside a valid body, bad files, bad dates. */
describe('bad input on the permit and holder-data routes (pglite)', () => {
  let h: Harness;
  let as: Record<'hr' | 'holder' | 'clerk', Client>;
  let li: string;
  beforeAll(async () => {
    h = await startHarness('pglite');
    li = await holderIdByName(h.db, '李明');
    as = {
      hr: await Client.signedIn(h.app, 'hr.acme'),
      holder: await Client.signedIn(h.app, 'holder.li'),
      clerk: await Client.signedIn(h.app, 'clerk.pd'),
    };
  });
  afterAll(async () => h?.close());

  it('names an unknown field next to a valid body', async () => {
    const valid: [keyof typeof as, 'POST' | 'PUT', string, object][] = [
      [
        'hr',
        'POST',
        '/api/v1/holders',
        {
          name: '甲',
          residentId: randomResidentId(),
          mobile: '13600001111',
          username: 'new.holder',
          initialPassword: 'Lujiazui@Ferry-26',
        },
      ],
      ['holder', 'PUT', '/api/v1/me/claims', { claims: { education: 'benke' }, expectedVersion: 1 }],
      ['hr', 'PUT', `/api/v1/holders/${li}/claims`, { claims: { education: 'benke' }, expectedVersion: 1 }],
      ['holder', 'POST', '/api/v1/me/claims/confirm', { version: 1 }],
      ['hr', 'PUT', `/api/v1/holders/${li}/records`, { months: [] }],
      ['clerk', 'POST', `/api/v1/holders/${li}/endorsements`, { endorsedOn: '2026-06-15', newExpiresOn: '2027-07-05' }],
    ];
    for (const [who, method, url, body] of valid) {
      const res = await as[who].request(method, url, { body: { ...body, isAdmin: true } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code, url).toBe('VALIDATION.INVALID');
      expect(res.json().error.details, url).toContainEqual({
        path: 'body',
        message: expect.stringContaining('isAdmin'),
      });
    }
  });

  it('words bad claims, bad months and bad dates per field', async () => {
    const claims = await as.hr.request('PUT', `/api/v1/holders/${li}/claims`, {
      body: { claims: { education: 'phd', spouseHukouMarriageDate: '2020-02-30' }, expectedVersion: 1 },
    });
    expect(claims.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.claims.education',
      'body.claims.spouseHukouMarriageDate',
    ]);
    const months = await as.hr.request('PUT', `/api/v1/holders/${li}/records`, {
      body: { months: [{ month: '2026-5', paid: 'yes' }] },
    });
    expect(months.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.months[0].month',
      'body.months[0].paid',
    ]);
    const dup = await as.hr.request('PUT', `/api/v1/holders/${li}/records`, {
      body: {
        months: [
          { month: '2026-05', paid: true },
          { month: '2026-05', paid: false },
        ],
      },
    });
    expect(dup.json().error.details[0].message).toBe('同一月份只能出现一次');
    const id = await as.hr.post('/api/v1/holders', {
      name: '乙',
      residentId: '31011519900307',
      mobile: '13600001111',
      username: 'x.holder',
      initialPassword: 'Lujiazui@Ferry-26',
    });
    expect(id.json().error.details).toContainEqual({
      path: 'body.residentId',
      message: '身份证号码须为 18 位：17 位数字加 1 位数字或 X',
    });
    const date = await as.clerk.post(`/api/v1/holders/${li}/endorsements`, {
      endorsedOn: '2026-6-15',
      newExpiresOn: '2027-07-05',
    });
    expect(date.json().error.details[0]).toMatchObject({ path: 'body.endorsedOn' });
  });

  it('refuses an import that is not a .csv or .xlsx upload, in both languages', async () => {
    const json = await as.hr.post(`/api/v1/holders/${li}/records/import`, { months: [] });
    expect(json.statusCode).toBe(400);
    expect(json.json().error).toMatchObject({
      code: 'VALIDATION.IMPORT_FILE',
      message: expect.stringContaining('multipart/form-data'),
    });
    as.hr.lang = 'en';
    const pdf = await uploadFile(
      as.hr,
      `/api/v1/holders/${li}/records/import`,
      'records.pdf',
      '%PDF-1.4',
      'application/pdf',
    );
    expect(pdf.json().error).toMatchObject({
      code: 'VALIDATION.IMPORT_FILE',
      message: 'Only .csv or .xlsx files are accepted',
    });
    const broken = await uploadFile(
      as.hr,
      `/api/v1/holders/${li}/records/import`,
      'records.xlsx',
      'PK not really a zip',
      'application/octet-stream',
    );
    expect(broken.json().error.message).toMatch(/cannot be read/);
    const mode = await uploadFile(as.hr, `/api/v1/holders/${li}/records/import?mode=maybe`, 'r.csv', 'x');
    expect(mode.json().error.code).toBe('VALIDATION.INVALID');
    as.hr.lang = 'zh';
  });
});
