import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { actionsFor, addDays, getPolicy, simulatedPermits, simulateSweep } from '@jifen/domain';
import { openDatabase } from '../../adapters/db/open.ts';
import { runMigrations } from '../../adapters/db/migrate.ts';
import type { Db } from '../../adapters/db/sql.ts';
import { deriveKeys } from '../../security/keys.ts';
import { createPiiCipher } from '../../security/pii.ts';
import { freshDatabase, type FreshDb } from '../../../test/support/databases.ts';
import { TestClock, TEST_KEY } from '../../../test/support/harness.ts';
import { createLivePolicy } from '../../policy/live-policy.ts';
import { recordApproval, recordRenewalEnded, recordRenewalSubmitted } from './points-records.service.ts';
import { CLAIM_DUE_SQL } from './points-records.repository.ts';
import { runSweep, type SweepDeps } from './points-records.sweep.ts';
import { revokeNotice } from '../notices/notices.service.ts';

import { loadPopulation } from './sweep-fixtures.ts';

/**
 * Issue 13 on PostgreSQL (locking, concurrency, EXPLAIN): the simulated
 * year against the database, two instances at once, ten days down, kill -9
 * mid-sweep, and the plan of the day's query.
 */
const found = getPolicy(policySet, 'sh-2026');
if (!found.ok) throw new Error('sh-2026');
const policy = found.value;
// The shipped data, as a database with nothing published since holds it.
const live = createLivePolicy();
const pii = createPiiCipher(deriveKeys(TEST_KEY));
const at = (day: string) => `${day}T01:00:00.000Z`;

async function fresh(): Promise<FreshDb> {
  const f = await freshDatabase('postgres');
  await runMigrations(f.db);
  return f;
}

const deps = (db: Db, clock: TestClock, extra: Partial<SweepDeps> = {}): SweepDeps => ({
  db,
  clock,
  pii,
  policySet: () => policySet,
  revokeNotice,
  ...extra,
});

/** One sweep a day, as the scheduler runs it, from `from` to `to` inclusive. */
async function sweepDays(db: Db, from: string, to: string): Promise<void> {
  for (let day = from; day <= to; day = addDays(day, 1)) await runSweep(deps(db, new TestClock(at(day))));
}

async function dbLog(db: Db) {
  const changes = await db.query<{ k: string }>(
    `SELECT record_id || '|' || cycle || '|' || on_date::text || '|' || from_state || '>' || to_state AS k FROM points_record_events WHERE kind = 'state_changed'`,
  );
  const reminders = await db.query<{ k: string }>(
    `SELECT record_id || '|' || cycle || '|' || kind || '@' || due_on::text AS k FROM points_reminders`,
  );
  return { changes: changes.map((r) => r.k).sort(), reminders: reminders.map((r) => r.k).sort() };
}

describe('the simulated year against PostgreSQL (one run)', () => {
  let f: FreshDb;
  beforeAll(async () => {
    f = await fresh();
  });
  afterAll(async () => f?.drop());

  it("stores exactly the pure core's state changes and reminders, each on its day, once; SMS and in-app go out with them", async () => {
    const from = '2026-12-01';
    const to = '2027-11-30';
    const permits = simulatedPermits(240, '2026-11-15', 400);
    await loadPopulation(f.db, pii, permits, from, policy);
    const cycles = new Map(permits.map((p) => [p.id, 1]));
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const c = new TestClock(at(day));
      // The holders' actions of the morning go through the service, as the applications module calls it.
      for (const p of permits) {
        const a = actionsFor(p, day, cycles.get(p.id)!);
        if (!a) continue;
        if (a.type === 'renew') cycles.set(p.id, 2);
        await f.db.tx(async (q) => {
          if (a.type === 'submit_renewal') return recordRenewalSubmitted(q, { clock: c }, null, p.id, p.id);
          const permitId = (
            await q.one<{ id: string }>(
              `INSERT INTO permits (id, holder_id, permit_no, issued_on, expires_on, created_at) VALUES (gen_random_uuid(), $1, 'SIM2', $2, $3, now()) RETURNING id`,
              [p.id, day, a.newExpiresOn],
            )
          ).id;
          return recordApproval(q, { clock: c, policy: live }, null, { holderId: p.id, applicationId: null, permitId });
        });
      }
      await runSweep(deps(f.db, c, { batchSize: 100 }));
    }
    const pure = simulateSweep(permits, from, to, policy);
    const got = await dbLog(f.db);
    expect(got.changes).toEqual(pure.changes.map((c) => `${c.id}|${c.cycle}|${c.on}|${c.from}>${c.to}`).sort());
    expect(got.reminders).toEqual(pure.reminders.map((r) => `${r.id}|${r.cycle}|${r.kind}@${r.on}`).sort());
    const days = await f.db.one<{ n: number; first: string; last: string }>(
      `SELECT count(*)::int AS n, min(day)::text AS first, max(day)::text AS last FROM lifecycle_sweep_days`,
    );
    expect(days).toEqual({ n: 365, first: from, last: to });
    const sms = await f.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE reminder_id IS NOT NULL`);
    const inApp = await f.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE reminder_id IS NOT NULL`,
    );
    expect(sms.n).toBe(pure.reminders.length);
    expect(inApp.n).toBe(pure.reminders.length);
  }, 240_000);
});

const neverRenewed = (n: number) =>
  simulatedPermits(n, '2026-11-15', 120).map((p) => ({ ...p, fate: 'never' as const }));

describe('two instances, ten days down, kill -9 mid-sweep', () => {
  let f: FreshDb;
  let other: Db;
  const permits = neverRenewed(300);
  const d0 = '2026-12-01';
  beforeAll(async () => {
    f = await fresh();
    other = await openDatabase({ kind: 'postgres', url: f.url! });
    await loadPopulation(f.db, pii, permits, d0, policy);
  });
  afterAll(async () => {
    await other?.close();
    await f?.drop();
  });

  it('two instances sweeping at once send each reminder once; ten days down catch up in order', async () => {
    const both = (day: string) =>
      Promise.all([
        runSweep(deps(f.db, new TestClock(at(day)), { batchSize: 20 })),
        runSweep(deps(other, new TestClock(at(day)), { batchSize: 20 })),
      ]);
    await both(d0);
    // Down for ten days: the next run sweeps each missed day, in order.
    const [a, b] = await both(addDays(d0, 10));
    const days = [...a.days, ...b.days];
    expect(days).toEqual(Array.from({ length: 10 }, (_, i) => addDays(d0, i + 1)));
    const ledger = await f.db.query<{ day: string }>(
      `SELECT day::text AS day FROM lifecycle_sweep_days ORDER BY finished_at, day`,
    );
    expect(ledger.map((r) => r.day)).toEqual(Array.from({ length: 11 }, (_, i) => addDays(d0, i)));
    const pure = simulateSweep(permits, d0, addDays(d0, 10), policy);
    const got = await dbLog(f.db);
    expect(got.reminders).toEqual(pure.reminders.map((r) => `${r.id}|${r.cycle}|${r.kind}@${r.on}`).sort());
    expect(got.changes).toEqual(pure.changes.map((c) => `${c.id}|${c.cycle}|${c.on}|${c.from}>${c.to}`).sort());
    // Issue 17: caught up on day 10, a reminder whose state no longer applies is stored as skipped; only the others go out.
    const skipped = await f.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM points_reminders WHERE skipped_on IS NOT NULL`,
    );
    expect(skipped.n).toBeGreaterThan(0);
    expect(skipped.n).toBe(a.skippedReminders + b.skippedReminders);
    const sms = await f.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE reminder_id IS NOT NULL`);
    expect(sms.n).toBe(pure.reminders.length - skipped.n);
  }, 60_000);

  it('SIGKILL after some committed batches, then a restart: nothing lost, nothing repeated', async () => {
    const day = addDays(d0, 60);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(path.dirname(fileURLToPath(import.meta.url)), 'sweep-crash-child.test-support.ts')],
      {
        env: {
          ...process.env,
          SWEEP_DB_URL: f.url!,
          SWEEP_NOW: at(day),
          SWEEP_KILL_AFTER_BATCHES: '3',
          SWEEP_KEY: TEST_KEY.toString('base64'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, sig) => resolve(sig)),
    );
    expect(signal, output).toBe('SIGKILL');
    const half = await f.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM points_reminders`);
    await runSweep(deps(f.db, new TestClock(at(day))));
    const pure = simulateSweep(permits, d0, day, policy);
    const got = await dbLog(f.db);
    expect(half.n).toBeLessThan(got.reminders.length);
    expect(got.reminders).toEqual(pure.reminders.map((r) => `${r.id}|${r.cycle}|${r.kind}@${r.on}`).sort());
    expect(got.changes).toEqual(pure.changes.map((c) => `${c.id}|${c.cycle}|${c.on}|${c.from}>${c.to}`).sort());
  }, 60_000);

  it("the day's query reads the next_event_on index, not the table (EXPLAIN)", async () => {
    await f.db.execute(
      `INSERT INTO holders (id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex, created_at)
       SELECT gen_random_uuid(), 'explain', 'x', md5(g::text) || md5((g + 1)::text), 'x', '1990-01-01', 'M', now() FROM generate_series(1, 30000) g`,
    );
    await f.db.execute(
      `INSERT INTO points_records (id, holder_id, cycle, valid_from, expires_on, state, state_since, next_event_on, created_at, updated_at)
       SELECT gen_random_uuid(), h.id, 1, DATE '2026-01-01', h.d, 'valid', DATE '2026-01-01', h.d - 30, now(), now()
       FROM (SELECT id, DATE '2027-01-01' + (row_number() OVER () % 365)::int AS d FROM holders WHERE name = 'explain') h`,
    );
    await f.db.execute('ANALYZE points_records');
    // A day when a few percent are due (next_event_on runs from 2026-12-02 over a year), as on any real day
    // (~0.7% at 1,000,000): with a quarter of the table due, a full scan and a sort cost about the same as the
    // index, and which one the planner took depended on how the rows happened to lie on disk.
    const plan = await f.db.query<{ 'QUERY PLAN': unknown }>(
      `EXPLAIN (FORMAT JSON) ${CLAIM_DUE_SQL.replace('$1::date', `DATE '2026-12-11'`).replace('$2', '1000')}`,
    );
    const text = JSON.stringify(plan[0]!['QUERY PLAN']);
    expect(text).toContain('"Index Name":"points_records_next_event"');
    expect(text).not.toContain('Seq Scan');
  });
});

describe('L-2: a renewal that ends without approval gives the reminders back', () => {
  let f: FreshDb;
  beforeAll(async () => {
    f = await fresh();
  });
  afterAll(async () => f?.drop());

  it('window opens on day 5, renewal submitted on day 10 (V-7 is skipped), rejected on day 30: the day after expiry is reminded again, once', async () => {
    const d0 = '2026-12-01';
    const expiresOn = addDays(d0, 35);
    const id = randomUUID();
    await loadPopulation(f.db, pii, [{ id, expiresOn, fate: 'never' }], d0, policy);
    const sweepTo = (from: string, to: string) => sweepDays(f.db, from, to);
    const kinds = async () =>
      (
        await f.db.query<{ kind: string }>('SELECT kind FROM points_reminders WHERE record_id = $1 ORDER BY due_on', [
          id,
        ])
      ).map((r) => r.kind);
    await sweepTo(d0, addDays(d0, 9));
    await f.db.tx((q) => recordRenewalSubmitted(q, { clock: new TestClock(at(addDays(d0, 10))) }, null, id, id));
    await sweepTo(addDays(d0, 10), addDays(d0, 29));
    expect(await kinds()).toEqual(['window_opens']);
    await f.db.tx((q) => recordRenewalEnded(q, { clock: new TestClock(at(addDays(d0, 30))) }, null, id, id));
    await sweepTo(addDays(d0, 30), addDays(expiresOn, 1));
    // V-7 fell while the renewal was pending: it is not sent late; the reminders from then on are.
    expect(await kinds()).toEqual(['window_opens', 'after_expiry']);
    const events = await f.db.query<{ kind: string; rule_id: string; on_date: string }>(
      `SELECT kind, rule_id, on_date::text AS on_date FROM points_record_events WHERE record_id = $1 AND kind LIKE 'reminders_%' ORDER BY on_date`,
      [id],
    );
    expect(events).toEqual([
      { kind: 'reminders_cancelled', rule_id: 'L-2', on_date: addDays(d0, 10) },
      { kind: 'reminders_resumed', rule_id: 'L-2', on_date: addDays(d0, 30) },
    ]);
    // Ended again (nothing pending): no second event.
    await f.db.tx((q) => recordRenewalEnded(q, { clock: new TestClock(at(addDays(expiresOn, 2))) }, null, id, id));
    expect(
      await f.db.one<{ n: number }>(
        `SELECT count(*)::int AS n FROM points_record_events WHERE record_id = $1 AND kind = 'reminders_resumed'`,
        [id],
      ),
    ).toEqual({ n: 1 });
  }, 60_000);
});

describe('L-5: a permit endorsed past the points cycle does not lapse with it', () => {
  let f: FreshDb;
  beforeAll(async () => {
    f = await fresh();
  });
  afterAll(async () => f?.drop());

  it('cleared on V + 61; no "can no longer be endorsed" SMS on V + 84; still cleared, not lapsed, on V + 91; the other holder lapses', async () => {
    const d0 = '2026-12-01';
    const expiresOn = addDays(d0, 10);
    const [endorsed, notEndorsed] = [randomUUID(), randomUUID()];
    await loadPopulation(
      f.db,
      pii,
      [
        { id: endorsed, expiresOn, fate: 'never' },
        { id: notEndorsed, expiresOn, fate: 'never' },
      ],
      d0,
      policy,
    );
    // The clerk endorsed one holder's permit for the next year (L-7); the points were never renewed.
    await f.db.execute(
      `INSERT INTO permits (id, holder_id, permit_no, issued_on, expires_on, created_at) VALUES ($1, $2, 'SIM-2', $3, $4, now())`,
      [randomUUID(), endorsed, addDays(expiresOn, 1), addDays(expiresOn, 365)],
    );
    await sweepDays(f.db, d0, addDays(expiresOn, 92));
    const stateOf = async (id: string) =>
      (await f.db.one<{ state: string }>('SELECT state FROM points_records WHERE holder_id = $1', [id])).state;
    const kinds = async (id: string) =>
      (
        await f.db.query<{ kind: string }>(
          'SELECT m.kind FROM points_reminders m JOIN points_records r ON r.id = m.record_id WHERE r.holder_id = $1 ORDER BY m.due_on',
          [id],
        )
      ).map((r) => r.kind);
    expect(await stateOf(endorsed)).toBe('points_cleared');
    expect(await kinds(endorsed)).not.toContain('before_lapse');
    expect(await kinds(endorsed)).toContain('cleared');
    const sms = await f.db.query<{ template: string }>(
      `SELECT o.template FROM outbox o JOIN points_reminders m ON m.id = o.reminder_id JOIN points_records r ON r.id = m.record_id WHERE r.holder_id = $1`,
      [endorsed],
    );
    expect(sms.map((s) => s.template)).not.toContain('reminder_before_lapse');
    expect(await stateOf(notEndorsed)).toBe('permit_lapsed');
    expect(await kinds(notEndorsed)).toContain('before_lapse');
    // The endorsed holder's record waits for the endorsed permit's own lapse.
    const next = await f.db.one<{ next: string }>(
      'SELECT next_event_on::text AS next FROM points_records WHERE holder_id = $1',
      [endorsed],
    );
    expect(next.next).toBe(addDays(addDays(expiresOn, 365), 91));
  }, 120_000);
});
