// `npm run bench -- sweep` (issue 13): one day's lifecycle sweep over
// 100,000 and 1,000,000 points records on PostgreSQL, side by side with a
// naive full scan of the same day. The generator writes CSV and loads it with
// COPY (psql's \copy, i.e. COPY ... FROM STDIN; pg-copy-streams is not in the
// lockfile). Expiries spread realistically: permits are issued all year, with
// more around the spring hiring season and month ends, and a tail already
// expired. Needs PostgreSQL at SWEEP_BENCH_DATABASE_URL or TEST_DATABASE_URL
// (a server where the user may CREATE DATABASE) and psql on PATH.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { addDays, eventsOn, firstEventAfterCreation, getPolicy, recordStateOn } from '@jifen/domain';
import { policySet } from '@jifen/policies';
import { openDatabase } from '../apps/api/src/adapters/db/open.ts';
import { runMigrations } from '../apps/api/src/adapters/db/migrate.ts';
import type { Db } from '../apps/api/src/adapters/db/sql.ts';
import { runSweep } from '../apps/api/src/modules/points-records/points-records.sweep.ts';
import { deriveKeys } from '../apps/api/src/security/keys.ts';
import { createPiiCipher } from '../apps/api/src/security/pii.ts';
import { fmt } from './measure.ts';

const BASE_URL =
  process.env.SWEEP_BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SIZES = (process.env.SWEEP_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const DAY = '2026-12-01';
const GOAL_MS = 10_000;
const found = getPolicy(policySet, 'sh-2026');
if (!found.ok) throw new Error('sh-2026 missing');
const policy = found.value;
const pii = createPiiCipher(deriveKeys(Buffer.alloc(32, 9)));

/** A deterministic pseudo-random stream (the bench is repeatable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Days from DAY to the expiry: 8% already expired (up to 120 days), the rest over the next year with seasonal bumps. */
function expiryOffset(r: () => number): number {
  const u = r();
  if (u < 0.08) return -Math.floor(r() * 120) - 1;
  let d = Math.floor(r() * 365);
  if (u < 0.3)
    d = 90 + Math.floor(r() * 45); // spring hiring: permits issued in March-April expire then
  else if (u < 0.4) d = Math.min(364, Math.floor(d / 30) * 30 + 29); // month ends
  return d;
}

function psqlCopy(url: string, table: string, columns: string, file: string): void {
  const r = spawnSync(
    'psql',
    [url, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${table} (${columns}) FROM '${file}' WITH (FORMAT csv)`],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`psql \\copy ${table} failed: ${r.stderr}`);
}

async function writeLines(file: string, n: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    if (!out.write(`${line(i)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function load(db: Db, url: string, n: number): Promise<number> {
  const started = performance.now();
  await db.execute(
    'TRUNCATE points_reminders, points_record_events, points_records, lifecycle_sweep_days, notifications, outbox, holders, users, employers CASCADE',
  );
  const employers = Array.from({ length: 200 }, () => ({ id: randomUUID(), hr: randomUUID() }));
  const at = new Date().toISOString();
  for (const [i, e] of employers.entries()) {
    await db.execute(
      `INSERT INTO employers (id, name, uscc, uscc_checksum_ok, district_code, status, contact_name, contact_mobile_enc, contact_mobile_masked, created_at)
       VALUES ($1, $2, $3, true, '310115', 'verified', 'HR', 'x', '138****0000', $4)`,
      [e.id, `bench ${i}`, `9131011500000${String(i).padStart(5, '0')}`, at],
    );
    await db.execute(
      `INSERT INTO users (id, username, display_name, role, password_hash, employer_id, created_at) VALUES ($1, $2, 'HR', 'hr', 'x', $3, $4)`,
      [e.hr, `hr.bench.${i}`, e.id, at],
    );
  }
  const mobile = pii.encrypt('holder.mobile', '13900000000');
  const r = rng(n);
  const ids: string[] = [];
  const expiries: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(randomUUID());
    expiries.push(addDays(DAY, expiryOffset(r)));
  }
  const dir = tmpdir();
  const holdersFile = path.join(dir, `sweep-bench-holders-${n}.csv`);
  const recordsFile = path.join(dir, `sweep-bench-records-${n}.csv`);
  await writeLines(
    holdersFile,
    n,
    (i) =>
      `${ids[i]},持证人,x,${ids[i]!.replace(/-/g, '')}${'0'.repeat(32)},310***********0000,1990-01-01,M,${mobile},139****0000,${employers[i % employers.length]!.id},${at}`,
  );
  const yesterday = addDays(DAY, -1);
  await writeLines(recordsFile, n, (i) => {
    const v = expiries[i]!;
    const next = firstEventAfterCreation(v, yesterday, policy) ?? '';
    return `${ids[i]},${ids[i]},1,${addDays(v, -364)},${v},${recordStateOn(v, yesterday, policy)},${yesterday},${next},${at},${at}`;
  });
  psqlCopy(
    url,
    'holders',
    'id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex, mobile_enc, mobile_masked, employer_id, created_at',
    holdersFile,
  );
  psqlCopy(
    url,
    'points_records',
    'id, holder_id, cycle, valid_from, expires_on, state, state_since, next_event_on, created_at, updated_at',
    recordsFile,
  );
  await rm(holdersFile);
  await rm(recordsFile);
  await db.execute(
    `INSERT INTO lifecycle_sweep_days (day, records, changes, reminders, finished_at) VALUES ($1, 0, 0, 0, now())`,
    [yesterday],
  );
  await db.execute('VACUUM ANALYZE points_records');
  await db.execute('VACUUM ANALYZE holders');
  return performance.now() - started;
}

/** The naive way: read every record and compute its state and reminders for the day. */
async function naive(url: string): Promise<{ ms: number; rows: number; due: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const res = await client.query<{ id: string; cycle: number; expires_on: string; state: 'valid' }>(
    `SELECT id, cycle, expires_on::text AS expires_on, state FROM points_records`,
  );
  let due = 0;
  for (const row of res.rows) {
    const e = eventsOn(
      { id: row.id, cycle: row.cycle, expiresOn: row.expires_on, state: row.state, renewalSubmittedOn: null },
      DAY,
      policy,
    );
    if (e.change || e.reminders.length > 0) due++;
  }
  const ms = performance.now() - started;
  await client.end();
  return { ms, rows: res.rows.length, due };
}

export async function run(): Promise<boolean> {
  const name = `jifen_bench_sweep_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  if (process.env.SWEEP_BENCH_LOG_MS)
    await admin.query(
      `ALTER DATABASE ${name} SET log_min_duration_statement = ${Number(process.env.SWEEP_BENCH_LOG_MS)}`,
    );
  await admin.end();
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString() });
  let ok = true;
  const rows: string[] = [];
  try {
    await runMigrations(db);
    for (const n of SIZES) {
      const loadMs = await load(db, url.toString(), n);
      // The naive scan first (it only reads), then the real sweep of the same day.
      const scan = await naive(url.toString());
      const clock = { now: () => new Date(`${DAY}T01:00:00+08:00`) };
      const started = performance.now();
      const r = await runSweep({ db, clock, pii, policySet: () => policySet });
      const ms = performance.now() - started;
      const touched = await db.one<{ reminders: number; events: number; sms: number; notes: number }>(
        `SELECT (SELECT count(*)::int FROM points_reminders) AS reminders, (SELECT count(*)::int FROM points_record_events) AS events,
                (SELECT count(*)::int FROM outbox) AS sms, (SELECT count(*)::int FROM notifications) AS notes`,
      );
      if (r.days.join() !== DAY || ms > GOAL_MS) ok = false;
      rows.push(
        `${fmt(n).padStart(10)} | load ${fmt(loadMs / 1000)} s | sweep ${fmt(ms)} ms: ${fmt(r.records)} records read, ${fmt(r.changes)} state changes, ${fmt(touched.events)} events, ${fmt(touched.reminders)} reminders, ${fmt(touched.sms)} SMS, ${fmt(touched.notes)} in-app | naive scan ${fmt(scan.ms)} ms: ${fmt(scan.rows)} rows read for ${fmt(scan.due)} due`,
      );
      console.log(rows.at(-1));
    }
  } finally {
    await db.close();
    const c = new pg.Client({ connectionString: BASE_URL });
    await c.connect();
    if (process.env.SWEEP_BENCH_KEEP) console.log(`kept database ${name}`);
    else await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  }
  console.log(
    `\nday ${DAY}; goal: one day's sweep over 1,000,000 records in < ${GOAL_MS / 1000} s -> ${ok ? 'met' : 'NOT met'}`,
  );
  return ok;
}
