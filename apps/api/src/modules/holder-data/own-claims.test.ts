import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

/** Issue #10 item 1: 我的积分指标 reads `GET /me/claims`; it answered 404 "接口不存在". */
describe.each(DB_KINDS)('the holder reads and confirms their own claims (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(async () => h?.close());

  it('shows the holder what HR declared, audited (PI-1), and lets them confirm that version (R-3)', async () => {
    const li = await holderIdByName(h.db, '李明');
    const holder = await Client.signedIn(h.app, 'holder.li');
    const hr = await Client.signedIn(h.app, 'hr.acme');
    const first = await holder.get('/api/v1/me/claims');
    expect(first.statusCode, first.body).toBe(200);
    const mine = first.json().claims;
    expect(mine).toMatchObject({ holderId: li, version: 1, confirmed: false, claims: { education: 'benke_bachelor' } });

    const changed = await hr.request('PUT', `/api/v1/holders/${li}/claims`, {
      body: { claims: { ...mine.claims, education: 'master' }, expectedVersion: 1 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const seen = (await holder.get('/api/v1/me/claims')).json().claims;
    expect(seen).toMatchObject({ version: 2, confirmed: false, claims: { education: 'master' } });
    const confirmed = await holder.post('/api/v1/me/claims/confirm', { version: seen.version });
    expect(confirmed.json().claims).toMatchObject({ confirmed: true, confirmedVersion: 2 });
    expect((await holder.get('/api/v1/me/claims')).json().claims).toMatchObject({ confirmed: true, version: 2 });

    const reads = await h.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE subject_id = $1 AND action = 'claims.read' AND actor_id = (SELECT id FROM users WHERE username = 'holder.li')",
      [li],
    );
    expect(reads.length).toBeGreaterThanOrEqual(3);
  });

  it("is the holder's alone: HR gets 403, anonymous 401", async () => {
    expect((await (await Client.signedIn(h.app, 'hr.acme')).get('/api/v1/me/claims')).statusCode).toBe(403);
    const anon = new Client(h.app);
    expect((await anon.get('/api/v1/me/claims')).statusCode).toBe(401);
  });
});
