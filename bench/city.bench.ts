// `npm run bench -- city [--scale=100000,1000000]` (issue 20): jifen at city
// scale on PostgreSQL. For each scale: a database of its own (created here,
// dropped at the end) with the demo accounts and `scale` holders over
// scale/100 employers with two years of history (bench/city-data.ts,
// generated set-based with generate_series), then the real app in a process
// of its own and autocannon on loopback at 10 and 100 connections for:
//   - the holder home (GET /api/v1/me/holder, 李明),
//   - a roster page (GET /api/v1/roster, hr.acme: 1% of all holders),
//   - the review queue (GET /api/v1/review/queue, reviewer.pd: 浦东's open cases),
//   - an assessment (POST /api/v1/assessments, 48 months, anonymous),
//   - /verify (GET /api/v1/public/notices/<code>, a real signed code of a generated notice).
// The peer of each figure is the same request at the smaller scale in the
// same run: every scale's server is up at once and the scales alternate
// round by round (medians of CITY_BENCH_ROUNDS, default 3); the table prints
// p50/p99 at each scale and how each grows, with the database size. Goal: from the smallest to the largest scale, each
// path's p50 at 10 connections at most doubles.
//
// Database: TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test (a
// user who may CREATE DATABASE). --scale or CITY_BENCH_SCALES pick the
// scales (default 100000,1000000); CITY_BENCH_SECONDS the seconds of each
// measurement (default 5). CITY_BENCH_REUSE=1 keeps each scale's database
// (jifen_bench_city_reuse_<scale>) after the run and reuses it in the next
// one if its generation completed (a marker table written last), so only the
// first run pays the generation (minutes at 1,000,000 holders); drop them
// with DROP DATABASE when done. Generation prints each step as it goes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../apps/api/src/adapters/db/open.ts';
import { runMigrations } from '../apps/api/src/adapters/db/migrate.ts';
import { DEMO_PASSWORD } from '../apps/api/src/demo/seed.ts';
import { signNoticeCode, surnameOf } from '../apps/api/src/modules/notices/notice-code.ts';
import { loadOrCreateNoticeKey } from '../apps/api/src/modules/notices/notice-key.ts';
import type { CityCounts } from './city-data.ts';
import { admin, BASE_URL, generate, generatedBefore, urlOf } from './city-databases.ts';
import { fmt } from './measure.ts';

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const scaleArg = process.argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length);
const SCALES = (scaleArg ?? process.env.CITY_BENCH_SCALES ?? '100000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.CITY_BENCH_SECONDS ?? 5);
const CONNECTIONS = [10, 100] as const;
const ROUNDS = Number(process.env.CITY_BENCH_ROUNDS ?? 3);
const GOAL_GROWTH = 2;
const REUSE = process.env.CITY_BENCH_REUSE === '1';

async function startServer(dbUrl: string, keyFile: string): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./city-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, dbUrl, keyFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`city server exited (${code}) before listening`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return { url, child };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

/** A CSRF token and its cookie (anonymous), then, given a username, a signed-in session's cookies. */
async function session(base: string, username?: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/v1/auth/csrf`);
  const csrfCookie = cookiesOf(res);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  if (!username) return { cookie: csrfCookie, csrf: csrfToken };
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login ${username} failed: ${login.status} ${await login.text()}`);
  return { cookie: `${csrfCookie}; ${cookiesOf(login)}`, csrf: csrfToken };
}

interface Case {
  name: string;
  path: string;
  method?: 'POST';
  body?: string;
  headers: Record<string, string>;
}

export interface Measured {
  p50: number;
  p99: number;
  rps: number;
  failures: number;
}

export interface ScaleResult {
  scale: number;
  counts: CityCounts;
  dbBytes: number;
  loadSeconds: number;
  /** case name -> connections -> figures */
  figures: Map<string, Map<number, Measured>>;
}

/** A real signed code of a generated notice (the holder in the middle of the population), as its QR carries it. */
async function verifyCode(c: pg.Client, keyFile: string): Promise<string> {
  const keys = loadOrCreateNoticeKey(keyFile);
  const row = (
    await c.query<{ notice_no: string; name: string; masked: string; total: string; until: string; issued: string }>(
      `SELECT n.notice_no, h.name, h.resident_id_masked AS masked, a.total::text AS total, p.expires_on::text AS until, n.issued_on::text AS issued
       FROM notices n JOIN applications a ON a.id = n.application_id JOIN holders h ON h.id = a.holder_id JOIN permits p ON p.id = a.permit_id
       WHERE a.kind = 'renewal_same_employer' ORDER BY n.notice_no LIMIT 1 OFFSET (SELECT count(*) / 2 FROM notices) / 2`,
    )
  ).rows[0]!;
  return signNoticeCode(
    {
      v: 1,
      k: keys.keyId,
      n: row.notice_no,
      s: surnameOf(row.name),
      i: row.masked,
      t: Number(row.total),
      u: row.until,
      c: '浦东新区人才服务中心',
      d: row.issued,
    },
    keys.privateKey,
  );
}

interface Prepared extends ScaleResult {
  url: string;
  cases: Case[];
  cleanup: () => Promise<void>;
}

/** A scale's database, generated, and its server, listening; `cleanup` stops the server and drops the database. */
async function prepareScale(scale: number, tag: string): Promise<Prepared> {
  const name = REUSE ? `jifen_bench_city_reuse_${scale}` : `jifen_bench_city_${tag}_${scale}`;
  const dir = await mkdtemp(path.join(tmpdir(), 'jifen-city-bench-'));
  const keyFile = path.join(dir, 'notice.key');
  const dropUnlessKept = async () => {
    if (!REUSE) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await rm(dir, { recursive: true, force: true });
  };
  let server: ChildProcess | undefined;
  try {
    const kept = REUSE ? await generatedBefore(name) : undefined;
    if (kept) {
      console.log(`scale ${fmt(scale)}: reusing ${name} (CITY_BENCH_REUSE=1), applying any newer migrations`);
      const db = await openDatabase({ kind: 'postgres', url: urlOf(name) });
      try {
        await runMigrations(db);
      } finally {
        await db.close();
      }
    }
    const { counts, loadSeconds } = kept ?? (await generate(name, scale));
    const c = new pg.Client({ connectionString: urlOf(name) });
    await c.connect();
    let dbBytes: number;
    let code: string;
    try {
      dbBytes = Number((await c.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n')).rows[0]!.n);
      code = await verifyCode(c, keyFile);
    } finally {
      await c.end();
    }
    console.log(
      `scale ${fmt(scale)}: ${fmt(counts.holders)} holders, ${fmt(counts.employers)} employers, ${fmt(counts.permits)} permits, ` +
        `${fmt(counts.applications)} applications (${fmt(counts.applicationEvents)} events), ${fmt(counts.notices)} notices, ` +
        `${fmt(counts.recordEvents)} points-record events; database ${fmt(dbBytes / 2 ** 20)} MB; ` +
        `generated in ${fmt(loadSeconds)} s${kept ? ' (by an earlier run)' : ''}`,
    );
    const s = await startServer(urlOf(name), keyFile);
    server = s.child;
    const [holder, hr, reviewer, anon] = await Promise.all([
      session(s.url, 'holder.li'),
      session(s.url, 'hr.acme'),
      session(s.url, 'reviewer.pd'),
      session(s.url),
    ]);
    const assessment = JSON.stringify({
      input: {
        age: 30,
        education: 'benke_bachelor',
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: 48,
          insuredThisMonth: true,
          monthsPaidInWindow: 12,
          baseMultipleTier: null,
        },
      },
      asOf: '2026-03-01',
    });
    const cases: Case[] = [
      { name: 'holder home', path: '/api/v1/me/holder', headers: { cookie: holder.cookie } },
      { name: 'roster page', path: '/api/v1/roster', headers: { cookie: hr.cookie } },
      { name: 'review queue', path: '/api/v1/review/queue', headers: { cookie: reviewer.cookie } },
      {
        name: 'assessment',
        path: '/api/v1/assessments',
        method: 'POST',
        body: assessment,
        headers: { cookie: anon.cookie, 'x-csrf-token': anon.csrf, 'content-type': 'application/json' },
      },
      { name: '/verify', path: `/api/v1/public/notices/${code}`, headers: {} },
    ];
    for (const k of cases) {
      const check = await fetch(`${s.url}${k.path}`, { method: k.method ?? 'GET', headers: k.headers, body: k.body });
      if (check.status !== 200) throw new Error(`${k.name}: ${check.status} ${(await check.text()).slice(0, 300)}`);
    }
    const live = server;
    server = undefined;
    return {
      scale,
      counts,
      dbBytes,
      loadSeconds,
      figures: new Map(),
      url: s.url,
      cases,
      cleanup: async () => {
        await stopServer(live);
        await dropUnlessKept();
      },
    };
  } catch (error) {
    if (server) await stopServer(server);
    await dropUnlessKept();
    throw error;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Every scale's server is up at once and the scales alternate (round 1 of
 * each scale, round 2 of each, ...), so a burst of other work on the shared
 * machine hits every scale alike; each figure is the median of ROUNDS.
 */
async function measureAll(scales: readonly Prepared[]): Promise<void> {
  for (const [i, k] of scales[0]!.cases.entries()) {
    const optsOf = (p: Prepared) => {
      const c = p.cases[i]!;
      return { url: `${p.url}${c.path}`, method: c.method ?? 'GET', headers: c.headers, body: c.body };
    };
    for (const p of scales) await autocannon({ ...optsOf(p), connections: 10, duration: 2 });
    for (const connections of CONNECTIONS) {
      const rounds = new Map<Prepared, CannonResult[]>(scales.map((p) => [p, []]));
      for (let r = 0; r < ROUNDS; r++)
        for (const p of scales) rounds.get(p)!.push(await autocannon({ ...optsOf(p), connections, duration: SECONDS }));
      for (const p of scales) {
        const rs = rounds.get(p)!;
        const byConn = p.figures.get(k.name) ?? new Map<number, Measured>();
        byConn.set(connections, {
          p50: median(rs.map((x) => x.latency.p50)),
          p99: median(rs.map((x) => x.latency.p99)),
          rps: median(rs.map((x) => x.requests.average)),
          failures: rs.reduce((sum, x) => sum + x.non2xx + x.errors, 0),
        });
        p.figures.set(k.name, byConn);
      }
    }
  }
}

function printTable(results: readonly ScaleResult[]): boolean {
  const first = results[0]!;
  const last = results.at(-1)!;
  console.log(
    `\n| path | connections | ${results.map((r) => `${fmt(r.scale)} holders: p50 / p99 ms (req/s)`).join(' | ')} | p50 growth |`,
  );
  console.log(`|---|---|${results.map(() => '---|').join('')}---|`);
  let ok = true;
  const goals: string[] = [];
  for (const name of first.figures.keys()) {
    for (const connections of CONNECTIONS) {
      const cells = results.map((r) => {
        const m = r.figures.get(name)!.get(connections)!;
        return `${m.p50} / ${m.p99} (${fmt(m.rps)})${m.failures ? ` ${m.failures} failed` : ''}`;
      });
      const a = first.figures.get(name)!.get(connections)!;
      const b = last.figures.get(name)!.get(connections)!;
      const growth = b.p50 / Math.max(1, a.p50);
      console.log(`| ${name} | ${connections} | ${cells.join(' | ')} | ${growth.toFixed(2)}x |`);
      if (results.some((r) => r.figures.get(name)!.get(connections)!.failures > 0)) ok = false;
      if (connections === 10) {
        const met = growth <= GOAL_GROWTH;
        if (!met) ok = false;
        goals.push(
          `goal: ${name} p50 at 10 connections grows <= ${GOAL_GROWTH}x from ${fmt(first.scale)} to ${fmt(last.scale)} holders: ${a.p50} -> ${b.p50} ms = ${growth.toFixed(2)}x -> ${met ? 'met' : 'NOT met'}`,
        );
      }
    }
  }
  const size = results.map((r) => `${fmt(r.dbBytes / 2 ** 20)} MB`).join(' | ');
  console.log(`| database size | | ${size} | ${(last.dbBytes / first.dbBytes).toFixed(2)}x |`);
  console.log('');
  for (const g of goals) console.log(g);
  return ok;
}

export async function run(): Promise<boolean> {
  const tag = randomBytes(3).toString('hex');
  console.log(
    `PostgreSQL at ${new URL(BASE_URL).host}; scales ${SCALES.map(fmt).join(', ')}; autocannon ${SECONDS} s at ${CONNECTIONS.join(' and ')} connections after a 2 s warm-up, the scales alternating, medians of ${ROUNDS} rounds; loopback, each server in its own process`,
  );
  const prepared: Prepared[] = [];
  try {
    for (const scale of SCALES) prepared.push(await prepareScale(scale, tag));
    await measureAll(prepared);
    return printTable(prepared);
  } finally {
    for (const p of prepared) await p.cleanup();
  }
}
