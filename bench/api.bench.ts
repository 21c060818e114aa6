// `npm run bench -- api`: jifen's HTTP stack (helmet, rate limit, cookies,
// session look-up in PGlite, zod response schema) against a bare Fastify
// hello-world, side by side, on loopback, 5 s each with autocannon.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { openDatabase } from '../apps/api/src/adapters/db/open.ts';
import { runMigrations } from '../apps/api/src/adapters/db/migrate.ts';
import { buildApp } from '../apps/api/src/app.ts';
import { systemClock } from '../apps/api/src/clock.ts';
import { DEMO_PASSWORD, seedDemoData } from '../apps/api/src/demo/seed.ts';
import { deriveKeys } from '../apps/api/src/security/keys.ts';
import { createPiiCipher } from '../apps/api/src/security/pii.ts';
import { fmt } from './measure.ts';

interface CannonResult {
  requests: { average: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const SECONDS = 5;
const CONNECTIONS = 10;

async function cannon(url: string, headers: Record<string, string> = {}): Promise<CannonResult> {
  return autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
}

async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/v1/auth/csrf`);
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ username: 'hr.acme', password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  return login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

export async function run(): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jifen-bench-'));
  const db = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'pglite') });
  const keys = deriveKeys(Buffer.alloc(32, 9));
  const pii = createPiiCipher(keys);
  await runMigrations(db);
  await seedDemoData({ db, clock: systemClock, pii });
  const app = await buildApp({
    config: {
      logLevel: 'warn',
      webDist: path.join(dir, 'no-web'),
      secureCookies: false,
      trustProxy: false,
      rateLimitMax: 10_000_000,
      loginRateLimitMax: 100,
      bodyLimit: 64 * 1024,
    },
    db,
    clock: systemClock,
    pii,
    cookieSecret: keys.cookie,
    sessionIdleMinutes: 30,
  });
  const hello = Fastify();
  hello.get('/', async () => ({ hello: 'world' }));
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const helloBase = await hello.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await signIn(base);

    const rows: [string, CannonResult][] = [];
    rows.push(['bare Fastify hello-world', await cannon(helloBase)]);
    rows.push(['jifen GET /api/v1/auth/me', await cannon(`${base}/api/v1/auth/me`, { cookie })]);
    rows.push(['jifen GET /api/v1/holders', await cannon(`${base}/api/v1/holders`, { cookie })]);

    console.log(`loopback, ${CONNECTIONS} connections, ${SECONDS} s each, PGlite in ${dir}`);
    console.log(['case'.padEnd(28), 'req/s'.padStart(9), 'p99 ms'.padStart(8), 'avg ms'.padStart(8), 'non-2xx'.padStart(8)].join(' '));
    for (const [name, r] of rows) {
      console.log(
        [name.padEnd(28), fmt(r.requests.average).padStart(9), String(r.latency.p99).padStart(8), r.latency.average.toFixed(2).padStart(8), String(r.non2xx + r.errors).padStart(8)].join(' '),
      );
    }
    const helloRps = rows[0]![1].requests.average;
    const meRps = rows[1]![1].requests.average;
    const ratio = meRps / helloRps;
    const clean = rows.every(([, r]) => r.non2xx === 0 && r.errors === 0);
    console.log(`ratio jifen /auth/me vs hello-world: ${ratio.toFixed(2)} (goal >= 0.50) ${ratio >= 0.5 ? 'OK' : 'BELOW GOAL'}`);
    return clean && ratio >= 0.5;
  } finally {
    await app.close();
    await hello.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
