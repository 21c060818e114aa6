// `npm run bench -- sweep` (issues 13 and 20): one day's lifecycle sweep at
// 100,000 and 1,000,000 points records on PostgreSQL, side by side with its
// peer in the same run: a naive full scan of the same day (read every record,
// compute its state and reminders; it writes nothing).
//
// Fairness: each size is loaded once into a template database; every round
// sweeps a fresh copy of it (CREATE DATABASE ... TEMPLATE), so each sweep
// starts from the same state. Naive and jifen alternate (naive, jifen, naive,
// jifen, ...) so a burst of other load on the shared machine hits both alike;
// each figure is the median of ROUNDS.
//
// Goals (issue 20): at 1,000,000 records the sweep is >= 3x faster than the
// naive scan; its cost per due record is flat from 100,000 to 1,000,000 (at
// most 1.25x); and (issue 13) one day's sweep of 1,000,000 takes < 10 s.
//
// SWEEP_BENCH_DATABASE_URL or TEST_DATABASE_URL (a server where the user may
// CREATE DATABASE; psql on PATH). SWEEP_BENCH_SIZES=100000,1000000 and
// SWEEP_BENCH_ROUNDS=3 change the run; SWEEP_BENCH_PROFILE=1 prints the time
// of each statement of the last round's sweep; SWEEP_BENCH_LOG_MS=n logs
// slower statements on the server; SWEEP_BENCH_KEEP=1 keeps the templates
// (with SWEEP_BENCH_TAG=t a later run with the same tag reuses them).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { eventsOn, getPolicy } from '@jifen/domain';
import { policySet } from '@jifen/policies';
import { openDatabase } from '../apps/api/src/adapters/db/open.ts';
import { runMigrations } from '../apps/api/src/adapters/db/migrate.ts';
import type { Db, Sql } from '../apps/api/src/adapters/db/sql.ts';
import { runSweep } from '../apps/api/src/modules/points-records/points-records.sweep.ts';
import { revokeNotice } from '../apps/api/src/modules/notices/notices.service.ts';
import { deriveKeys } from '../apps/api/src/security/keys.ts';
import { createPiiCipher } from '../apps/api/src/security/pii.ts';
import { fmt } from './measure.ts';
import { loadSweepPopulation } from './sweep-load.ts';

const BASE_URL =
  process.env.SWEEP_BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SIZES = (process.env.SWEEP_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const ROUNDS = Number(process.env.SWEEP_BENCH_ROUNDS ?? 3);
const DAY = '2026-12-01';
const GOAL_MS = 10_000;
const GOAL_RATIO = 3;
const GOAL_FLAT = 1.25;
const found = getPolicy(policySet, 'sh-2026');
if (!found.ok) throw new Error('sh-2026 missing');
const policy = found.value;
const pii = createPiiCipher(deriveKeys(Buffer.alloc(32, 9)));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function urlOf(name: string): string {
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: BASE_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The naive way: read every record and compute its state and reminders for the day. */
async function naive(url: string): Promise<{ ms: number; rows: number; due: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('SELECT 1');
  const started = performance.now();
  const res = await client.query<{ id: string; cycle: number; expires_on: string; state: 'valid' }>(
    `SELECT id, cycle, expires_on::text AS expires_on, state FROM points_records`,
  );
  let due = 0;
  for (const row of res.rows) {
    const e = eventsOn(
      {
        id: row.id,
        cycle: row.cycle,
        expiresOn: row.expires_on,
        state: row.state,
        renewalSubmittedOn: null,
        permitExpiresOn: null,
      },
      DAY,
      policy,
    );
    if (e.change || e.reminders.length > 0) due++;
  }
  const ms = performance.now() - started;
  await client.end();
  return { ms, rows: res.rows.length, due };
}

type Profile = Map<string, { n: number; ms: number }>;

/** A Db whose transactions time each statement by its first words (SWEEP_BENCH_PROFILE). */
function timed(db: Db, profile: Profile): Db {
  const wrap = (q: Sql): Sql => {
    const time =
      <A extends unknown[], R>(fn: (text: string, ...rest: A) => Promise<R>) =>
      async (text: string, ...rest: A): Promise<R> => {
        const started = performance.now();
        try {
          return await fn(text, ...rest);
        } finally {
          const key = text.replace(/\s+/g, ' ').trim().slice(0, 70);
          const p = profile.get(key) ?? { n: 0, ms: 0 };
          p.n++;
          p.ms += performance.now() - started;
          profile.set(key, p);
        }
      };
    return {
      inTransaction: q.inTransaction,
      query: time((t, p?: readonly unknown[]) => q.query(t, p)) as Sql['query'],
      one: time((t, p?: readonly unknown[]) => q.one(t, p)) as Sql['one'],
      maybeOne: time((t, p?: readonly unknown[]) => q.maybeOne(t, p)) as Sql['maybeOne'],
      execute: time((t, p?: readonly unknown[]) => q.execute(t, p)),
    };
  };
  // The COMMIT is timed too: it waits for the transaction's WAL to be flushed.
  const tx: Db['tx'] = async (fn) => {
    let bodyDone = 0;
    const out = await db.tx(async (q) => {
      const r = await fn(wrap(q));
      bodyDone = performance.now();
      return r;
    });
    const p = profile.get('COMMIT') ?? { n: 0, ms: 0 };
    p.n++;
    p.ms += performance.now() - bodyDone;
    profile.set('COMMIT', p);
    return out;
  };
  return { ...db, ...wrap(db), kind: db.kind, tx, close: () => db.close() };
}

interface SweepRound {
  ms: number;
  records: number;
  changes: number;
  reminders: number;
  written: { events: number; reminders: number; sms: number; notes: number };
}

/** Sweeps DAY on a fresh copy of the template; the copy is dropped afterwards. */
async function sweepCopy(template: string, profile: Profile | null): Promise<SweepRound> {
  const copy = `${template}_r${randomBytes(3).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${copy} TEMPLATE ${template} STRATEGY FILE_COPY`));
  const raw = await openDatabase({ kind: 'postgres', url: urlOf(copy) });
  try {
    await raw.query('SELECT 1');
    const db = profile ? timed(raw, profile) : raw;
    const clock = { now: () => new Date(`${DAY}T01:00:00+08:00`) };
    const started = performance.now();
    const r = await runSweep({ db, clock, pii, policySet: () => policySet, revokeNotice });
    const ms = performance.now() - started;
    if (r.days.join() !== DAY) throw new Error(`swept ${r.days.join()} instead of ${DAY}`);
    const written = await raw.one<SweepRound['written']>(
      `SELECT (SELECT count(*)::int FROM points_reminders) AS reminders, (SELECT count(*)::int FROM points_record_events) AS events,
              (SELECT count(*)::int FROM outbox) AS sms, (SELECT count(*)::int FROM notifications) AS notes`,
    );
    return { ms, records: r.records, changes: r.changes, reminders: r.reminders, written };
  } finally {
    await raw.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`));
  }
}

interface SizeResult {
  n: number;
  naiveMs: number;
  sweepMs: number;
  due: number;
  perDueUs: number;
}

async function measureSize(n: number, tag: string): Promise<SizeResult> {
  const template = `jifen_bench_sweep_${tag}_${n}`;
  const reused = await admin(
    async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1,
  );
  if (!reused)
    await admin(async (c) => {
      await c.query(`CREATE DATABASE ${template}`);
      if (process.env.SWEEP_BENCH_LOG_MS)
        await c.query(
          `ALTER DATABASE ${template} SET log_min_duration_statement = ${Number(process.env.SWEEP_BENCH_LOG_MS)}`,
        );
    });
  try {
    const db = await openDatabase({ kind: 'postgres', url: urlOf(template) });
    let loadMs = 0;
    try {
      // A kept template (SWEEP_BENCH_TAG) only gets the migrations added since it was loaded.
      await runMigrations(db);
      if (!reused) loadMs = await loadSweepPopulation(db, urlOf(template), n, DAY, policy, pii);
    } finally {
      await db.close();
    }
    const naiveMs: number[] = [];
    const sweeps: SweepRound[] = [];
    let scan = { rows: 0, due: 0 };
    const profile: Profile = new Map();
    for (let round = 0; round < ROUNDS; round++) {
      const s = await naive(urlOf(template));
      naiveMs.push(s.ms);
      scan = s;
      const last = round === ROUNDS - 1 && process.env.SWEEP_BENCH_PROFILE;
      sweeps.push(await sweepCopy(template, last ? profile : null));
    }
    const sweepMs = median(sweeps.map((s) => s.ms));
    const w = sweeps[0]!;
    console.log(
      `${fmt(n).padStart(10)} records | load ${fmt(loadMs / 1000)} s | naive ${fmt(median(naiveMs))} ms (${fmt(scan.rows)} rows read for ${fmt(scan.due)} due; ${naiveMs.map(fmt).join(' / ')}) | jifen ${fmt(sweepMs)} ms (${sweeps.map((s) => fmt(s.ms)).join(' / ')}): ${fmt(w.records)} due read, ${fmt(w.changes)} state changes, ${fmt(w.written.events)} events, ${fmt(w.written.reminders)} reminders, ${fmt(w.written.sms)} SMS, ${fmt(w.written.notes)} in-app | ${((sweepMs * 1000) / Math.max(1, w.records)).toFixed(1)} µs per due record | ${(median(naiveMs) / sweepMs).toFixed(2)}x naive`,
    );
    if (profile.size > 0) {
      const rows = [...profile.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14);
      for (const [k, p] of rows) console.log(`    ${fmt(p.ms).padStart(6)} ms ${String(p.n).padStart(4)}x  ${k}`);
    }
    return {
      n,
      naiveMs: median(naiveMs),
      sweepMs,
      due: w.records,
      perDueUs: (sweepMs * 1000) / Math.max(1, w.records),
    };
  } finally {
    if (process.env.SWEEP_BENCH_KEEP) console.log(`kept database ${template}`);
    else await admin((c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  }
}

export async function run(): Promise<boolean> {
  // SWEEP_BENCH_TAG=t with SWEEP_BENCH_KEEP=1 keeps the loaded templates as jifen_bench_sweep_t_<n> and reuses them in the next run.
  const tag = process.env.SWEEP_BENCH_TAG ?? randomBytes(3).toString('hex');
  console.log(`day ${DAY}; medians of ${ROUNDS} alternating rounds; each sweep on a fresh copy of the loaded database`);
  const results: SizeResult[] = [];
  for (const n of SIZES) results.push(await measureSize(n, tag));
  const small = results.find((r) => r.n === 100_000) ?? results[0]!;
  const big = results.find((r) => r.n === 1_000_000) ?? results.at(-1)!;
  const ratio = big.naiveMs / big.sweepMs;
  const flat = big.perDueUs / small.perDueUs;
  const goals = [
    {
      text: `at ${fmt(big.n)} records the sweep is >= ${GOAL_RATIO}x the naive scan: ${fmt(big.sweepMs)} vs ${fmt(big.naiveMs)} ms = ${ratio.toFixed(2)}x`,
      met: ratio >= GOAL_RATIO,
    },
    {
      text: `cost per due record flat from ${fmt(small.n)} to ${fmt(big.n)} (<= ${GOAL_FLAT}x): ${small.perDueUs.toFixed(1)} -> ${big.perDueUs.toFixed(1)} µs = ${flat.toFixed(2)}x`,
      met: flat <= GOAL_FLAT,
    },
    {
      text: `one day's sweep of ${fmt(big.n)} records < ${GOAL_MS / 1000} s: ${fmt(big.sweepMs)} ms`,
      met: big.sweepMs < GOAL_MS,
    },
  ];
  if (big.n !== 1_000_000) console.log(`(sizes ${SIZES.join(', ')}: the 1,000,000 goals are judged on ${fmt(big.n)})`);
  console.log('');
  for (const g of goals) console.log(`goal: ${g.text} -> ${g.met ? 'met' : 'NOT met'}`);
  return goals.every((g) => g.met);
}
