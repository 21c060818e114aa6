// `npm run bench -- roster`: the employer's roster (issue 13) at city scale on
// PostgreSQL. One employer with 50,000 employees loaded by COPY (holders and
// permits, expiries spread over two years around today); then the first and
// the 2,000th page of 25, by keyset (what GET /api/v1/roster does) side by
// side with OFFSET, each the median of 25 runs after a warm-up:
//   - "HTTP": the whole request through the app (session, zod, lifecycle of
//     each row, serialisation), app.inject in this process: server time;
//   - "SQL": the page query alone, keyset vs OFFSET.
// Goal: under 100 ms server time for either page.
// Issue 20: the summary (GET /api/v1/roster/summary) under 20 ms at 200,000
// staff, from the counts kept per expiry day (migration 024), beside its peer
// in the same run: the recount of every holder per expiry day it replaced.
// BENCH_ROSTER_STAFF sets the head-count (default 200,000). The COPY files go
// to a private temporary directory (mkdtemp), readable by the server.
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
// must allow CREATE DATABASE and server-side COPY FROM a file (superuser);
// the bench database is dropped at the end.
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { addDays, LIFECYCLE_STATES, maskResidentId, residentIdCheckChar, selectPolicy } from '@jifen/domain';
import { openDatabase } from '../apps/api/src/adapters/db/open.ts';
import { runMigrations } from '../apps/api/src/adapters/db/migrate.ts';
import { buildApp } from '../apps/api/src/app.ts';
import { seedDemoData } from '../apps/api/src/demo/seed.ts';
import {
  departmentsOf,
  expiriesPerDay,
  expiryHistogram,
  keptRangeCounts,
  rosterPage,
  rosterPageByOffset,
} from '../apps/api/src/modules/roster/roster.repository.ts';
import { Client } from '../apps/api/test/support/client.ts';
import { createLivePolicy } from '../apps/api/src/policy/live-policy.ts';
import { expiryRangeOfState } from '../apps/api/src/modules/roster/roster-ranges.ts';
import { loadLine } from './http-cannon.ts';
import { deriveKeys } from '../apps/api/src/security/keys.ts';
import { createPiiCipher } from '../apps/api/src/security/pii.ts';

const EMPLOYEES = Number(process.env.BENCH_ROSTER_STAFF ?? 200_000);
const PAGE = 25;
const FAR_PAGE = 2_000;
const RUNS = 25;
const TODAY = '2026-12-01';
const GOAL_MS = 100;
const SUMMARY_GOAL_MS = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export async function run(): Promise<boolean> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `jifen_roster_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString() });
  // Private to this run; the database server (another user) reads the files by name, so the folder is searchable.
  const dir = mkdtempSync(path.join(tmpdir(), 'jifen-roster-bench-'));
  chmodSync(dir, 0o755);
  try {
    const clock = { now: () => new Date(`${TODAY}T02:00:00.000Z`) };
    const keys = deriveKeys(Buffer.alloc(32, 9));
    const pii = createPiiCipher(keys);
    await runMigrations(db);
    await seedDemoData({ db, clock, pii });
    const { employer_id: employerId } = await db.one<{ employer_id: string }>(
      "SELECT employer_id FROM users WHERE username = 'hr.acme'",
    );

    // The COPY files: the holders and their permits, expiries spread from a year ago to a year ahead.
    const t0 = performance.now();
    const holders: string[] = [];
    const permits: string[] = [];
    const departments = ['研发部', '财务部', '市场部', '人事部', '运营部', '法务部', '销售部', '客服部'];
    for (let i = 0; i < EMPLOYEES; i++) {
      const birth = addDays('1970-01-01', i % 10_000);
      const first17 = `310115${birth.replace(/-/g, '')}${String(Math.floor(i / 10_000)).padStart(3, '0')}`;
      const residentId = first17 + residentIdCheckChar(first17);
      const id = randomUUID();
      const expiresOn = addDays(TODAY, ((i * 7919) % 730) - 365);
      holders.push(
        [
          id,
          `员工${i}`,
          pii.encrypt('holder.resident_id', residentId),
          pii.lookupHash('holder.resident_id', residentId),
          maskResidentId(residentId),
          birth,
          i % 2 ? 'M' : 'F',
          employerId,
          new Date().toISOString(),
          departments[i % departments.length],
        ].join('\t'),
      );
      permits.push(
        [randomUUID(), id, `SH${i}`, addDays(addDays(expiresOn, -365), 1), expiresOn, new Date().toISOString()].join(
          '\t',
        ),
      );
    }
    const write = (rows: string[], what: string) => {
      const file = path.join(dir, `${what}.tsv`);
      writeFileSync(file, `${rows.join('\n')}\n`);
      chmodSync(file, 0o644);
      return file;
    };
    const hf = write(holders, 'holders');
    const pf = write(permits, 'permits');
    const t1 = performance.now();
    await db.execute(
      `COPY holders (id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex, employer_id, created_at, department) FROM '${hf}'`,
    );
    await db.execute(`COPY permits (id, holder_id, permit_no, issued_on, expires_on, created_at) FROM '${pf}'`);
    // What autovacuum does soon after a bulk load: statistics and the visibility map (index-only scans).
    await db.execute('VACUUM ANALYZE holders');
    await db.execute('VACUUM ANALYZE permits');
    const t2 = performance.now();
    console.log(
      `loaded ${EMPLOYEES.toLocaleString('en-US')} employees: files ${Math.round(t1 - t0)} ms, COPY + trigger + VACUUM ANALYZE ${Math.round(t2 - t1)} ms`,
    );

    const policy = createLivePolicy();
    const app = await buildApp({
      config: {
        logLevel: 'warn',
        webDist: '/nonexistent',
        secureCookies: false,
        trustProxy: false,
        rateLimitMax: 10_000_000,
        loginRateLimitMax: 100,
        bodyLimit: 64 * 1024,
      },
      logStream: { write: () => undefined },
      db,
      clock,
      pii,
      policy,
      cookieSecret: keys.cookie,
      sessionIdleMinutes: 30,
    });
    const hr = await Client.signedIn(app, 'hr.acme');
    const get = async (u: string) => {
      const res = await hr.get(u);
      if (res.statusCode !== 200) throw new Error(`${u}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      return res.json() as { entries: { id: string }[]; next: string | null };
    };

    // The cursor of page 2,000 is the last row of page 1,999 (found once, untimed; a user gets it from the page before).
    const where = { employerId, ranges: [] };
    const [before] = await rosterPageByOffset(db, where, (FAR_PAGE - 1) * PAGE - 1, 1);
    const cursor = Buffer.from(`${before!.expires_on}|${before!.id}`).toString('base64url');
    const far = await get(`/api/v1/roster?limit=${PAGE}&after=${cursor}`);
    const byOffset = await rosterPageByOffset(db, where, (FAR_PAGE - 1) * PAGE, PAGE);
    if (far.entries.map((e) => e.id).join() !== byOffset.map((r) => r.id).join())
      throw new Error('keyset page 2,000 differs from OFFSET page 2,000');
    const keysetAfter = { expiresOn: before!.expires_on, id: before!.id };

    const lifecycle = selectPolicy(policy.set(), TODAY);
    if (!lifecycle.ok) throw new Error(`no policy on ${TODAY}`);
    const stateRanges = LIFECYCLE_STATES.map((st) => expiryRangeOfState(st, TODAY, lifecycle.value.params.lifecycle));
    // The kept counts must be the recount before their speed means anything.
    const kept = await keptRangeCounts(db, employerId, []);
    const recounted = (await expiryHistogram(db, employerId)).reduce((n, d) => n + d.count, 0);
    if (kept.total !== recounted) throw new Error(`kept counts ${kept.total} differ from the recount ${recounted}`);
    const rows = [
      {
        what: 'HTTP GET /api/v1/roster (keyset)',
        p1: await time(() => get(`/api/v1/roster?limit=${PAGE}`)),
        p2000: await time(() => get(`/api/v1/roster?limit=${PAGE}&after=${cursor}`)),
      },
      {
        what: 'SQL keyset',
        p1: await time(() => rosterPage(db, where, null, PAGE + 1)),
        p2000: await time(() => rosterPage(db, where, keysetAfter, PAGE + 1)),
      },
      {
        what: 'SQL OFFSET (peer)',
        p1: await time(() => rosterPageByOffset(db, where, 0, PAGE)),
        p2000: await time(() => rosterPageByOffset(db, where, (FAR_PAGE - 1) * PAGE, PAGE)),
      },
      {
        what: 'HTTP keyset, state=valid & department',
        p1: await time(() =>
          get(`/api/v1/roster?limit=${PAGE}&state=valid&department=${encodeURIComponent('研发部')}`),
        ),
        p2000: Number.NaN,
      },
      {
        what: 'HTTP GET /api/v1/roster/summary',
        p1: await time(() => get('/api/v1/roster/summary')),
        p2000: Number.NaN,
      },
      {
        what: '  of which SQL kept counts by state',
        p1: await time(() => keptRangeCounts(db, employerId, stateRanges)),
        p2000: Number.NaN,
      },
      {
        what: 'peer: SQL recount per expiry day (before)',
        p1: await time(() => expiryHistogram(db, employerId)),
        p2000: Number.NaN,
      },
      {
        what: '  of which SQL expiries per day (90 d)',
        p1: await time(() => expiriesPerDay(db, employerId, TODAY, addDays(TODAY, 89))),
        p2000: Number.NaN,
      },
      { what: '  of which SQL departments', p1: await time(() => departmentsOf(db, employerId)), p2000: Number.NaN },
    ];
    console.log(
      `\n${EMPLOYEES.toLocaleString('en-US')} employees, pages of ${PAGE}; median of ${RUNS} runs, ms (goal < ${GOAL_MS} ms server time)`,
    );
    console.log('case'.padEnd(42), 'page 1'.padStart(10), `page ${FAR_PAGE}`.padStart(12));
    for (const r of rows)
      console.log(
        r.what.padEnd(42),
        r.p1.toFixed(2).padStart(10),
        (Number.isNaN(r.p2000) ? '—' : r.p2000.toFixed(2)).padStart(12),
      );
    const plan = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT id FROM holders h WHERE h.employer_id = $1 AND (h.roster_expires_on, h.id) > ($2::date, $3::uuid) ORDER BY h.roster_expires_on, h.id LIMIT 26`,
      [employerId, keysetAfter.expiresOn, keysetAfter.id],
    );
    console.log(`\nplan of page ${FAR_PAGE} (keyset):\n  ${plan.map((p) => p['QUERY PLAN']).join('\n  ')}`);
    await app.close();
    const ok = rows[0]!.p1 < GOAL_MS && rows[0]!.p2000 < GOAL_MS;
    console.log(`\n${ok ? 'PASS' : 'FAIL'}: keyset page 1 and page ${FAR_PAGE} under ${GOAL_MS} ms`);
    const summary = rows.find((r) => r.what.startsWith('HTTP GET /api/v1/roster/summary'))!.p1;
    const peer = rows.find((r) => r.what.startsWith('peer:'))!.p1;
    const summaryOk = summary < SUMMARY_GOAL_MS;
    console.log(
      `${summaryOk ? 'PASS' : 'FAIL'}: summary ${summary.toFixed(2)} ms under ${SUMMARY_GOAL_MS} ms at ${EMPLOYEES.toLocaleString('en-US')} staff (the recount alone, its peer: ${peer.toFixed(2)} ms)`,
    );
    console.log(await loadLine());
    return ok && summaryOk;
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}
