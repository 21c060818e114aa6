import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from './support/databases.ts';
import { aHolder, anEmployer, aStaffUser } from './support/factories.ts';
import { startHarness, type Harness } from './support/harness.ts';

/**
 * The factories (issue 23 item 4) on a database without demo data: what they
 * build is what the services would build for real users, so a test can
 * stand on them instead of on 李明 and hr.acme.
 */
describe.each(DB_KINDS)('test factories (%s, no demo data)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind, { seed: false, now: '2026-12-06T02:00:00Z' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("build a verified employer whose HR sees its own holder and not another employer's", async () => {
    const acme = await anEmployer(h);
    const other = await anEmployer(h, { district: '310104' });
    const holder = await aHolder(h, acme.employerId, { expiresOn: '2027-06-30' });
    const hr = await acme.signInHr();
    const own = await hr.get(`/api/v1/holders/${holder.holderId}`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().holder).toMatchObject({ name: holder.name, permit: { expiresOn: '2027-06-30' } });
    const stranger = await other.signInHr();
    expect((await stranger.get(`/api/v1/holders/${holder.holderId}`)).statusCode).toBe(404);
  });

  it('leave an employer pending when asked (R-4: its HR cannot register holders yet)', async () => {
    const pending = await anEmployer(h, { verified: false });
    const employer = await h.db.one<{ status: string }>('SELECT status FROM employers WHERE id = $1', [
      pending.employerId,
    ]);
    expect(employer.status).toBe('pending');
  });

  it('build staff accounts that can sign in with their scope', async () => {
    const clerk = await aStaffUser(h, 'clerk', { districtCode: '310104' });
    const me = await (await clerk.signIn()).get('/api/v1/auth/me');
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().user).toMatchObject({ username: clerk.username, role: 'clerk' });
  });
});
