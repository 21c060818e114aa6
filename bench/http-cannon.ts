// Shared by the HTTP benches (api, assess-api): each server in a process of
// its own (bench/api-server.ts), autocannon here, cases measured in
// alternating rounds so that a burst of other load on the shared machine hits
// peer and jifen alike.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../apps/api/src/demo/seed.ts';
import { fmt } from './measure.ts';

export interface CannonResult {
  requests: { average: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

export const CONNECTIONS = 10;

export interface Case {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  rounds: CannonResult[];
}

export async function cannon(c: Case, seconds: number): Promise<CannonResult> {
  return autocannon({
    url: c.url,
    method: c.method ?? 'GET',
    headers: c.headers,
    ...(c.body !== undefined ? { body: c.body } : {}),
    connections: CONNECTIONS,
    duration: seconds,
  });
}

/** Starts bench/api-server.ts with `args` in a child process; resolves with its base URL. */
export async function startServer(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./api-server.ts', import.meta.url));
  // BENCH_NODE_ARGS lets a profiling run add e.g. `--cpu-prof --cpu-prof-dir=DIR` to every server alike.
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args[0]} server exited (${code}) before listening`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return { url, child };
}

export async function stopServer(child: ChildProcess): Promise<void> {
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

/** A CSRF cookie and its token, as the web app gets them before its first change. */
export async function csrfOf(base: string): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${base}/api/v1/auth/csrf`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: cookiesOf(res), token: csrfToken };
}

/** Signs a demo account in; resolves with its cookie header. */
export async function signIn(base: string, username: string): Promise<string> {
  const csrf = await csrfOf(base);
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.token, cookie: csrf.cookie },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  return cookiesOf(login);
}

export const rps = (c: Case) => c.rounds.reduce((s, r) => s + r.requests.average, 0) / c.rounds.length;
export const p99 = (c: Case) => Math.max(...c.rounds.map((r) => r.latency.p99));
const avg = (c: Case) => c.rounds.reduce((s, r) => s + r.latency.average, 0) / c.rounds.length;
export const failures = (c: Case) => c.rounds.reduce((s, r) => s + r.non2xx + r.errors, 0);

/** Warms every case up, then measures them in `rounds` alternating rounds. */
export async function measureRounds(cases: Case[], warmupSeconds: number, rounds: number, roundSeconds: number) {
  for (const c of cases) await cannon(c, warmupSeconds);
  for (let i = 0; i < rounds; i++) for (const c of cases) c.rounds.push(await cannon(c, roundSeconds));
}

export function printCases(cases: Case[]): void {
  console.log(
    [
      'case'.padEnd(40),
      'req/s'.padStart(9),
      'p99 ms'.padStart(8),
      'avg ms'.padStart(8),
      'non-2xx'.padStart(8),
      '  rounds req/s',
    ].join(' '),
  );
  for (const c of cases) {
    console.log(
      [
        c.name.padEnd(40),
        fmt(rps(c)).padStart(9),
        String(p99(c)).padStart(8),
        avg(c).toFixed(2).padStart(8),
        String(failures(c)).padStart(8),
        ' ',
        c.rounds.map((r) => fmt(r.requests.average)).join(' / '),
      ].join(' '),
    );
  }
}

/** Prints one goal as met or not; returns whether it was. */
export function goal(what: string, ratio: number, min: number): boolean {
  const ok = ratio >= min;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}: ${ratio.toFixed(3)}x (goal >= ${min}x)`);
  return ok;
}

/** The machine's load when the bench ran (it is shared): printed with the figures. */
export async function loadLine(): Promise<string> {
  const { loadavg, cpus } = await import('node:os');
  const [one, five] = loadavg();
  return `load average ${one!.toFixed(2)} / ${five!.toFixed(2)} (1 / 5 min) on ${cpus().length} cores`;
}
