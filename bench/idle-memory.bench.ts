// `npm run bench -- idle-memory`: the embedded default's memory at rest
// (issue 20, goal: idle under 300 MB). The server starts as `npm start`
// runs it (apps/api/src/main.ts through tsx, PGlite, demo data) with its
// data folder in a private temporary directory: a first start (migrations
// and demo seeding) and a second start on the same data. After it listens
// and has idled, its resident set (VmRSS of /proc/<pid>/status) is read.
// The peer in the same run is a bare Node process started the same way,
// the floor any server sits on.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GOAL_MB = 300;
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 20_000);
const repo = fileURLToPath(new URL('..', import.meta.url));

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Starts a script under tsx, waits for `ready` in its output, idles, and reads its RSS. */
async function idleRss(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repo,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      const onData = (d: Buffer) => {
        seen += d.toString();
        if (ready.test(seen)) resolve();
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', () => undefined);
      child.once('exit', (code) => reject(new Error(`exited (${code}) before it was ready:\n${seen.slice(-2000)}`)));
    });
    await sleep(IDLE_MS);
    return rssMb(child.pid!);
  } finally {
    await stop(child);
  }
}

export async function run(): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jifen-bench-idle-'));
  try {
    const env = { DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development' };
    const floor = await idleRss(['-e', 'console.log("ready"); setInterval(() => {}, 1000)'], {}, /ready/);
    const main = path.join(repo, 'apps/api/src/main.ts');
    const first = await idleRss([main], env, /is listening on/);
    const second = await idleRss([main], env, /is listening on/);
    console.log(`embedded default (PGlite, demo data), RSS after ${IDLE_MS / 1000} s idle; goal < ${GOAL_MB} MB`);
    console.log(`  peer: a bare Node process under tsx     ${floor.toFixed(0).padStart(5)} MB`);
    let ok = true;
    for (const [name, mb] of [
      ['first start (migrations, demo seeding)', first],
      ['second start (same data)', second],
    ] as const) {
      const met = mb < GOAL_MB;
      ok &&= met;
      console.log(`  ${met ? 'PASS' : 'FAIL'}  ${name.padEnd(38)} ${mb.toFixed(0).padStart(5)} MB`);
    }
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
