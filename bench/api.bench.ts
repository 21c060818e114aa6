// `npm run bench -- api`: jifen's HTTP stack (helmet headers, rate limit,
// cookies, CSRF hook, session look-up, zod response schema, request logging
// with PI masking) against a bare Fastify hello-world, side by side, on
// loopback with autocannon.
//
// Fairness: each server runs in its own process (bench/api-server.ts), both
// started the same way and logging at info to /dev/null the same way; the
// load generator runs here. Each case is warmed up first, then the two are
// measured in alternating rounds (hello, jifen, hello, jifen, ...) so that a
// burst of other load on the machine hits both alike; a case's req/s is the
// mean of its rounds and its p99 the worst round's.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../apps/api/src/demo/seed.ts';
import { fmt } from './measure.ts';

interface CannonResult {
  requests: { average: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const ROUND_SECONDS = 4;
const ROUNDS = 3;

async function cannon(url: string, headers: Record<string, string>, seconds: number): Promise<CannonResult> {
  return autocannon({ url, headers, connections: CONNECTIONS, duration: seconds });
}

/** Starts bench/api-server.ts in a child process; resolves with its base URL. */
async function startServer(mode: 'hello' | 'jifen'): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./api-server.ts', import.meta.url));
  // BENCH_NODE_ARGS lets a profiling run add e.g. `--cpu-prof` to both servers alike.
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', script, mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${mode} server exited (${code}) before listening`)));
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

async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/v1/auth/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ username: 'hr.acme', password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

interface Case {
  name: string;
  url: string;
  headers: Record<string, string>;
  rounds: CannonResult[];
}

const rps = (c: Case) => c.rounds.reduce((s, r) => s + r.requests.average, 0) / c.rounds.length;
const p99 = (c: Case) => Math.max(...c.rounds.map((r) => r.latency.p99));
const avg = (c: Case) => c.rounds.reduce((s, r) => s + r.latency.average, 0) / c.rounds.length;
const failures = (c: Case) => c.rounds.reduce((s, r) => s + r.non2xx + r.errors, 0);

export async function run(): Promise<boolean> {
  const servers: ChildProcess[] = [];
  try {
    const [hello, jifen] = await Promise.all([startServer('hello'), startServer('jifen')]);
    servers.push(hello.child, jifen.child);
    const cookie = await signIn(jifen.url);

    const bare: Case = { name: 'bare Fastify hello-world', url: hello.url, headers: {}, rounds: [] };
    const me: Case = {
      name: 'jifen GET /api/v1/auth/me',
      url: `${jifen.url}/api/v1/auth/me`,
      headers: { cookie },
      rounds: [],
    };
    const holders: Case = {
      name: 'jifen GET /api/v1/holders',
      url: `${jifen.url}/api/v1/holders`,
      headers: { cookie },
      rounds: [],
    };

    for (const c of [bare, me, holders]) await cannon(c.url, c.headers, WARMUP_SECONDS);
    for (let i = 0; i < ROUNDS; i++) {
      for (const c of [bare, me]) c.rounds.push(await cannon(c.url, c.headers, ROUND_SECONDS));
    }
    holders.rounds.push(await cannon(holders.url, holders.headers, ROUND_SECONDS));

    console.log(
      `loopback, ${CONNECTIONS} connections, one process per server, info logs to /dev/null; ` +
        `${WARMUP_SECONDS} s warm-up, then ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s (holders: 1 round)`,
    );
    console.log(
      [
        'case'.padEnd(28),
        'req/s'.padStart(9),
        'p99 ms'.padStart(8),
        'avg ms'.padStart(8),
        'non-2xx'.padStart(8),
        '  rounds req/s',
      ].join(' '),
    );
    for (const c of [bare, me, holders]) {
      console.log(
        [
          c.name.padEnd(28),
          fmt(rps(c)).padStart(9),
          String(p99(c)).padStart(8),
          avg(c).toFixed(2).padStart(8),
          String(failures(c)).padStart(8),
          ' ',
          c.rounds.map((r) => fmt(r.requests.average)).join(' / '),
        ].join(' '),
      );
    }
    const ratio = rps(me) / rps(bare);
    const clean = [bare, me, holders].every((c) => failures(c) === 0);
    console.log(
      `ratio jifen /auth/me vs hello-world: ${ratio.toFixed(2)} (goal >= 0.50) ${ratio >= 0.5 ? 'OK' : 'BELOW GOAL'}`,
    );
    return clean && ratio >= 0.5;
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}
