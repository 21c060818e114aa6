import { creditCodeCheckChar } from '@jifen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { randomUscc, registrationBody } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

describe.each(DB_KINDS)('employer registration and verification, R-4 (%s)', (kind) => {
  let h: Harness;
  let anon: Client;
  beforeAll(async () => {
    h = await startHarness(kind);
    anon = new Client(h.app);
    await anon.fetchCsrf();
  });
  afterAll(async () => h?.close());

  it('registers a pending employer whose HR can sign in but not act for holders until verified', async () => {
    const body = registrationBody('310115');
    const res = await anon.post('/api/v1/employers/register', body);
    expect(res.statusCode).toBe(201);
    const { employer, hrUser } = res.json();
    expect(employer).toMatchObject({
      status: 'pending',
      usccChecksumOk: true,
      contactMobile: '138****1111',
      district: { code: '310115' },
    });
    expect(res.body).not.toContain('13800001111');

    const hr = new Client(h.app);
    expect((await hr.login(hrUser.username, body.hrAccount.password)).statusCode).toBe(200);
    const blocked = await hr.get('/api/v1/holders');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('EMPLOYER.NOT_VERIFIED');

    const otherDistrict = await Client.signedIn(h.app, 'reviewer.xh');
    expect((await otherDistrict.post(`/api/v1/employers/${employer.id}/verify`, {})).statusCode).toBe(404);
    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const pending = (await reviewer.get('/api/v1/employers?status=pending'))
      .json()
      .employers.map((e: { id: string }) => e.id);
    expect(pending).toContain(employer.id);
    const verified = await reviewer.post(`/api/v1/employers/${employer.id}/verify`, { note: '现场核验营业执照原件' });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().employer).toMatchObject({
      status: 'verified',
      decidedBy: { displayName: expect.any(String) },
    });
    const again = await reviewer.post(`/api/v1/employers/${employer.id}/reject`, { reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EMPLOYER.CONFLICT');

    expect((await hr.get('/api/v1/holders')).statusCode).toBe(200);
    const admin = await Client.signedIn(h.app, 'admin');
    const trail = (await admin.get(`/api/v1/audit?subjectId=${employer.id}`))
      .json()
      .entries.map((e: { action: string }) => e.action);
    expect(trail).toEqual(['employer.verify', 'employer.register']);
  });

  it('rejects with a reason, audited', async () => {
    const { employer } = (await anon.post('/api/v1/employers/register', registrationBody('310104'))).json();
    const reviewer = await Client.signedIn(h.app, 'reviewer.xh');
    const res = await reviewer.post(`/api/v1/employers/${employer.id}/reject`, { reason: '营业执照与名称不符' });
    expect(res.json().employer).toMatchObject({ status: 'rejected', rejectionReason: '营业执照与名称不符' });
  });

  it('explains a failed credit-code checksum and offers manual verification (I-2)', async () => {
    const good = randomUscc('310115');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(creditCodeCheckChar(bad.slice(0, 17))).not.toBe(bad[17]);
    const refused = await anon.post('/api/v1/employers/register', registrationBody('310115', { uscc: bad }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('VALIDATION.USCC_CHECKSUM');
    expect(refused.json().error.message).toContain('manualVerification');
    const manual = await anon.post(
      '/api/v1/employers/register',
      registrationBody('310115', { uscc: bad, manualVerification: true }),
    );
    expect(manual.statusCode).toBe(201);
    expect(manual.json().employer).toMatchObject({ status: 'pending', usccChecksumOk: false });
  });

  it('refuses a bad mobile (I-3), an unknown district, duplicates', async () => {
    const bad = await anon.post(
      '/api/v1/employers/register',
      registrationBody('310115', { contact: { name: '甲', mobile: '23800001111' } }),
    );
    expect(bad.statusCode).toBe(400);
    const district = await anon.post('/api/v1/employers/register', registrationBody('999999'));
    expect(district.json().error.code).toBe('VALIDATION.DISTRICT');
    const body = registrationBody('310115');
    expect((await anon.post('/api/v1/employers/register', body)).statusCode).toBe(201);
    const dupUscc = await anon.post('/api/v1/employers/register', { ...registrationBody('310115'), uscc: body.uscc });
    expect(dupUscc.statusCode).toBe(409);
  });

  it('answers a taken HR username exactly like a free one: every account gets a random suffix (issue 11)', async () => {
    const shape = (r: { statusCode: number; json: () => { hrUser: { username: string } } }, requested: string) => ({
      status: r.statusCode,
      suffixed: new RegExp(`^${requested.replace('.', '\\.')}-[a-z2-9]{4}$`).test(r.json().hrUser.username),
    });
    const taken = await anon.post('/api/v1/employers/register', {
      ...registrationBody('310115'),
      hrAccount: { username: 'admin', password: 'Lujiazui@Ferry-26', displayName: '冒名' },
    });
    const free = await anon.post('/api/v1/employers/register', {
      ...registrationBody('310115'),
      hrAccount: { username: 'hr.never.used', password: 'Lujiazui@Ferry-26', displayName: '新人事' },
    });
    expect(shape(taken, 'admin')).toEqual({ status: 201, suffixed: true });
    expect(shape(free, 'hr.never.used')).toEqual({ status: 201, suffixed: true });
    const again = await anon.post('/api/v1/employers/register', {
      ...registrationBody('310115'),
      hrAccount: { username: 'hr.never.used', password: 'Lujiazui@Ferry-26', displayName: '又一个' },
    });
    expect(again.json().hrUser.username).not.toBe(free.json().hrUser.username);
    const hr = new Client(h.app);
    expect((await hr.login(free.json().hrUser.username, 'Lujiazui@Ferry-26')).statusCode).toBe(200);
    expect((await new Client(h.app).login('admin')).statusCode).toBe(200);
  });
});
