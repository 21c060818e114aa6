// The embedded default as `npm start` runs it (apps/api/src/main.ts on PGlite
// with demo data in an empty DATA_DIR). The first start prepares the database
// in a child process (startup/prepare-database.ts, issue 20): the server must
// still print its address and the demo accounts, serve the demo data, and
// keep what it wrote when it is killed without warning (kill -9) and started
// again on the same folder, which it then neither migrates nor seeds again.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'jifen-embedded-start-'));
const running: ChildProcess[] = [];

async function start(): Promise<{ child: ChildProcess; base: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 240_000;
  let base = '';
  while (!base && Date.now() < deadline && child.exitCode === null) {
    base = /listening on (http:\/\/[^\s]+)/.exec(output)?.[1] ?? '';
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(base, output).not.toBe('');
  // The accounts are printed just after the address, in the same write.
  await new Promise((r) => setTimeout(r, 200));
  return { child, base, output: () => output };
}

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

async function signIn(base: string, username: string): Promise<string> {
  const csrf = await fetch(`${base}/api/v1/auth/csrf`);
  const csrfCookie = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.status, await login.clone().text()).toBe(200);
  return `${csrfCookie}; ${cookiesOf(login)}`;
}

const me = async (base: string, cookie: string) => {
  const res = await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } });
  return { status: res.status, body: (await res.json()) as { user?: { username: string; role: string } } };
};

afterAll(() => {
  for (const c of running) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded default (npm start): first start, kill -9, second start', { timeout: 600_000 }, () => {
  it('prints its address and the demo accounts, serves the demo data, and keeps a session across kill -9', async () => {
    const first = await start();
    expect(first.output()).toContain('migrations applied: 001_');
    expect(first.output()).toContain(`Demo accounts (password ${DEMO_PASSWORD})`);
    const cookie = await signIn(first.base, 'admin');
    expect((await me(first.base, cookie)).body).toMatchObject({ user: { username: 'admin', role: 'admin' } });
    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;

    const second = await start();
    expect(second.output()).not.toContain('migrations applied');
    expect(second.output()).not.toContain('Demo accounts');
    // The session written before the kill is still there, and so is every demo account.
    expect(await me(second.base, cookie)).toMatchObject({ status: 200, body: { user: { username: 'admin' } } });
    expect((await me(second.base, await signIn(second.base, 'hr.acme'))).body).toMatchObject({ user: { role: 'hr' } });
    const stopped = new Promise((r) => second.child.once('exit', r));
    second.child.kill('SIGTERM');
    await stopped;
  });
});
