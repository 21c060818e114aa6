import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { CENTRE_STATES, DISTRICT_REVIEWERS_SQL } from './review.repository.ts';

/**
 * Issue 20 (city bench): the reviewer's queue lists the district's reviewers
 * on every request. With a city's users (an account per HR specialist and per
 * holder who signs in) that read must go through the staff index of
 * migration 026, not every row of users.
 */
describe.each(DB_KINDS)("the review queue's colleagues at city scale (%s)", (kind) => {
  let h: Harness;
  let district: string;

  beforeAll(async () => {
    h = await startHarness(kind, { now: '2025-12-15T02:00:00.000Z' });
    // 5,000 holders' accounts: users without a district, as every holder's and HR specialist's is.
    await h.db.query(
      `INSERT INTO users (id, username, display_name, role, password_hash, created_at)
       SELECT gen_random_uuid(), 'city.holder.' || g, '持证人' || g, 'holder', 'x', now() FROM generate_series(1, 5000) g`,
    );
    await h.db.query('ANALYZE users');
    const row = (
      await h.db.query<{ district_code: string }>(`SELECT district_code FROM users WHERE username = 'reviewer.pd'`)
    )[0]!;
    district = row.district_code;
  }, 180_000);
  afterAll(async () => h?.close());

  it('lists the district reviewers with the queue (R-3 step 4)', async () => {
    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const res = await reviewer.get('/api/v1/review/queue');
    expect(res.statusCode, res.body).toBe(200);
    const names = res.json().colleagues.map((c: { name: string }) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(1);
    expect(names.some((n: string) => n.startsWith('持证人'))).toBe(false);
  });

  it('finds them through users_district_staff, not by reading every user', async () => {
    const plan = (
      await h.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${DISTRICT_REVIEWERS_SQL}`, [district, [...CENTRE_STATES]])
    )
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toContain('users_district_staff');
    expect(plan).not.toMatch(/Seq Scan on users/);
  });
});
