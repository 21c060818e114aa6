// `npm run bench -- api`: jifen's authenticated reads through its whole HTTP
// stack (helmet headers, rate limit, cookies, CSRF hook, session look-up, the
// service's SQL, zod response schema, request logging with PI masking)
// against a bare Fastify hello-world, side by side, on loopback with
// autocannon.
//
// Fairness: each server runs in its own process (bench/api-server.ts), both
// started the same way and logging at info to /dev/null the same way; the
// load generator runs here. Each case is warmed up first, then all are
// measured in alternating rounds (hello, jifen, hello, jifen, ...) so that a
// burst of other load on the machine hits both alike; a case's req/s is the
// mean of its rounds and its p99 the worst round's.
//
// Goals (issue 20): /auth/me >= 0.5x hello; the holder home, a roster page
// and the review queue at least twice the ratio the issue measured
// (0.08x, 0.07x, 0.05x of hello), on the demo data.
import type { ChildProcess } from 'node:child_process';
import {
  CONNECTIONS,
  failures,
  goal,
  loadLine,
  measureRounds,
  printCases,
  rps,
  signIn,
  startServer,
  stopServer,
  type Case,
} from './http-cannon.ts';

const WARMUP_SECONDS = 2;
const ROUND_SECONDS = 4;
const ROUNDS = 3;

export async function run(): Promise<boolean> {
  const servers: ChildProcess[] = [];
  try {
    const [hello, jifen] = await Promise.all([startServer(['hello']), startServer(['jifen'])]);
    servers.push(hello.child, jifen.child);
    const [hr, holder, reviewer] = [
      await signIn(jifen.url, 'hr.acme'),
      await signIn(jifen.url, 'holder.li'),
      await signIn(jifen.url, 'reviewer.pd'),
    ];
    const read = (name: string, path: string, cookie: string): Case => ({
      name,
      url: `${jifen.url}${path}`,
      headers: { cookie },
      rounds: [],
    });
    const bare: Case = { name: 'peer: bare Fastify hello-world', url: hello.url, headers: {}, rounds: [] };
    const reads: { c: Case; min: number }[] = [
      { c: read('jifen GET /api/v1/auth/me', '/api/v1/auth/me', hr), min: 0.5 },
      { c: read('jifen GET /api/v1/me/holder', '/api/v1/me/holder', holder), min: 2 * 0.08 },
      { c: read('jifen GET /api/v1/roster?limit=25', '/api/v1/roster?limit=25', hr), min: 2 * 0.07 },
      { c: read('jifen GET /api/v1/review/queue', '/api/v1/review/queue', reviewer), min: 2 * 0.05 },
    ];
    const cases = [bare, ...reads.map((r) => r.c)];
    await measureRounds(cases, WARMUP_SECONDS, ROUNDS, ROUND_SECONDS);

    console.log(
      `loopback, ${CONNECTIONS} connections, one process per server, info logs to /dev/null, demo data; ` +
        `${WARMUP_SECONDS} s warm-up, then ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s`,
    );
    console.log(await loadLine());
    printCases(cases);
    const met = reads.map(({ c, min }) =>
      goal(`${c.name.slice('jifen '.length)} vs hello-world`, rps(c) / rps(bare), min),
    );
    return met.every(Boolean) && cases.every((c) => failures(c) === 0);
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}
