import { randomBytes, randomUUID } from 'node:crypto';
import { addDays, lifecycleOn, selectPolicy, type LifecycleState } from '@jifen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

/**
 * Issue 20: the roster summary reads head-counts kept per employer and expiry
 * day (migration 024, triggers on holders) instead of recounting every holder.
 * The kept counts must equal a recount after inserts (one and many rows),
 * endorsements, renewals (a points record), transfers, leaving, deletes and
 * a rolled-back change; and the summary on any date must equal the domain's
 * lifecycle applied to every holder one by one.
 */
const TODAY = '2026-12-01';

describe.each(DB_KINDS)('roster counts kept per employer and expiry day (%s)', (kind) => {
  let h: Harness;
  let acme: string;
  let beta: string;
  let lcg = 7;
  const rnd = (n: number) => (lcg = (lcg * 1103515245 + 12345) % 2147483648) % n;

  beforeAll(async () => {
    h = await startHarness(kind, { now: `${TODAY}T02:00:00.000Z` });
    const employerOf = async (u: string) =>
      (await h.db.one<{ employer_id: string }>('SELECT employer_id FROM users WHERE username = $1', [u])).employer_id;
    acme = await employerOf('hr.acme');
    beta = await employerOf('hr.beta');
  });
  afterAll(async () => h?.close());

  const recount = async () =>
    h.db.query<{ e: string; d: string; n: number }>(
      `SELECT employer_id::text AS e, roster_expires_on::text AS d, count(*)::int AS n FROM holders
       WHERE employer_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    );
  const kept = async () =>
    h.db.query<{ e: string; d: string; n: number }>(
      `SELECT employer_id::text AS e, expires_on::text AS d, holders AS n FROM roster_expiry_counts
       WHERE holders > 0 ORDER BY 1, 2`,
    );
  const expectKeptIsRecount = async (after: string) => {
    const [k, r] = [await kept(), await recount()];
    expect(k, after).toEqual(r);
    expect(r.length, after).toBeGreaterThan(0);
  };

  /** New holders of `employer` (many rows in one statement), each with a permit expiring `days` from today. */
  async function insertHolders(employer: string | null, days: number[]): Promise<string[]> {
    const ids = days.map(() => randomUUID());
    const values = ids.map(
      (_, i) =>
        `($${i * 3 + 1}::uuid, '测试', 'enc', $${i * 3 + 2}, '3101**', '1990-01-01', 'M', $${i * 3 + 3}::uuid, now())`,
    );
    await h.db.execute(
      `INSERT INTO holders (id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex, employer_id, created_at)
       VALUES ${values.join(', ')}`,
      ids.flatMap((id) => [id, randomBytes(32).toString('hex'), employer]),
    );
    for (const [i, id] of ids.entries()) await addPermit(id, days[i]!);
    return ids;
  }
  const addPermit = (holder: string, days: number) =>
    h.db.execute(
      `INSERT INTO permits (id, holder_id, permit_no, issued_on, expires_on, created_at) VALUES ($1, $2, $3, $4, $5, now())`,
      [randomUUID(), holder, `T${randomBytes(4).toString('hex')}`, addDays(TODAY, days - 365), addDays(TODAY, days)],
    );

  it('equal a recount after the demo data, inserts, endorsements, renewals, transfers, leaving and deletes', async () => {
    await expectKeptIsRecount('demo data (the backfill and its inserts)');
    const mine = await insertHolders(acme, [-400, -90, -20, 0, 10, 10, 10, 45, 200, 400]);
    const theirs = await insertHolders(beta, [-30, 5, 5, 300]);
    const jobless = await insertHolders(null, [15]);
    await h.db.execute(
      `INSERT INTO holders (id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex, employer_id, created_at)
       VALUES ($1, '无证', 'enc', $2, '3101**', '1990-01-01', 'F', $3, now())`,
      [randomUUID(), randomBytes(32).toString('hex'), acme],
    );
    await expectKeptIsRecount('inserts (many rows, a holder without a permit, one without an employer)');

    await addPermit(mine[1]!, 275); // an endorsement: a later permit
    await expectKeptIsRecount('an endorsement');
    await h.db.execute(
      `INSERT INTO points_records (id, holder_id, cycle, valid_from, expires_on, state, state_since, next_event_on, created_at, updated_at)
       VALUES ($1, $2, 1, $3, $4, 'valid', $3, $4, now(), now())`,
      [randomUUID(), mine[2]!, addDays(TODAY, -300), addDays(TODAY, 65)],
    );
    await expectKeptIsRecount('an approval opens a points record');
    await h.db.execute('UPDATE points_records SET expires_on = $2 WHERE holder_id = $1', [
      mine[2]!,
      addDays(TODAY, 430),
    ]);
    await expectKeptIsRecount('a renewal moves the record on');

    await h.db.execute('UPDATE holders SET employer_id = $1 WHERE id = ANY($2::uuid[])', [beta, mine.slice(4, 7)]);
    await expectKeptIsRecount('a transfer of three holders in one statement');
    await h.db.execute('UPDATE holders SET employer_id = $1 WHERE id = $2', [acme, jobless[0]!]);
    await h.db.execute('UPDATE holders SET employer_id = NULL WHERE id = $1', [theirs[0]!]);
    await expectKeptIsRecount('joining and leaving an employer');
    await h.db.execute("UPDATE holders SET department = '研发部', name = '改名' WHERE id = ANY($1::uuid[])", [mine]);
    await expectKeptIsRecount('a change that moves nobody');

    await h.db
      .tx(async (q) => {
        await q.execute('UPDATE holders SET employer_id = $1 WHERE employer_id = $2', [beta, acme]);
        throw new Error('rolled back');
      })
      .catch((e: Error) => expect(e.message).toBe('rolled back'));
    await expectKeptIsRecount('a rolled-back transfer of everyone');

    await h.db.execute('DELETE FROM permits WHERE holder_id = ANY($1::uuid[])', [theirs.slice(1)]);
    await h.db.execute('DELETE FROM holders WHERE id = ANY($1::uuid[])', [theirs.slice(1)]);
    await expectKeptIsRecount('deletes');
  });

  it('equal a recount after a random run of the same changes', async () => {
    const pool = await insertHolders(
      acme,
      Array.from({ length: 12 }, () => rnd(900) - 450),
    );
    const employers = [acme, beta, null];
    for (let step = 0; step < 60; step++) {
      const holder = pool[rnd(pool.length)]!;
      const op = rnd(3);
      if (op === 0) await addPermit(holder, rnd(900) - 450 + 365 * 2);
      else if (op === 1)
        await h.db.execute('UPDATE holders SET employer_id = $1 WHERE id = $2', [employers[rnd(3)], holder]);
      else pool.push(...(await insertHolders(employers[rnd(3)]!, [rnd(900) - 450])));
      if (step % 10 === 9) await expectKeptIsRecount(`step ${step}`);
    }
  });

  it('give, on any date, the summary the domain lifecycle gives holder by holder', async () => {
    for (const offset of [-200, -60, 0, 1, 15, 46, 100, 365]) {
      const asOf = addDays(TODAY, offset);
      h.clock.advanceMinutes((Date.parse(`${asOf}T02:00:00.000Z`) - h.clock.now().getTime()) / 60_000);
      const hr = await Client.signedIn(h.app, 'hr.acme');
      const res = await hr.get('/api/v1/roster/summary');
      expect(res.statusCode, res.body).toBe(200);
      const summary = res.json() as {
        total: number;
        noPermit: number;
        byState: Record<LifecycleState, number>;
        expiries: { date: string; count: number }[];
      };
      const policy = selectPolicy(h.policy.set(), asOf);
      if (!policy.ok) throw new Error(`no policy on ${asOf}`);
      const expected = { valid: 0, renewal_window: 0, grace: 0, points_cleared: 0, permit_lapsed: 0 };
      let noPermit = 0;
      const perDay = new Map<string, number>();
      const rows = await h.db.query<{ v: string }>(
        'SELECT roster_expires_on::text AS v FROM holders WHERE employer_id = $1',
        [acme],
      );
      for (const { v } of rows) {
        if (v === 'infinity') {
          noPermit++;
          continue;
        }
        const l = lifecycleOn({ expiry: v }, asOf, policy.value);
        if (!l.ok) throw new Error(l.error.message.en);
        expected[l.value.state]++;
        if (v >= asOf && v <= addDays(asOf, 89)) perDay.set(v, (perDay.get(v) ?? 0) + 1);
      }
      expect(summary.total, asOf).toBe(rows.length);
      expect(summary.noPermit, asOf).toBe(noPermit);
      expect(summary.byState, asOf).toEqual(expected);
      expect(summary.expiries, asOf).toEqual(
        [...perDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, count]) => ({ date, count })),
      );
      expect(Object.values(expected).filter((n) => n > 0).length, asOf).toBeGreaterThanOrEqual(3);
    }
  });
});
