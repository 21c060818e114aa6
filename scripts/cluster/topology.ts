// `npm run cluster` (issue 21 item 2): the production topology without
// containers, from Debian packages: a PostgreSQL primary and a streaming
// replica (pg_basebackup), three API instances and nginx in front. Everything
// lives in one temporary folder outside the repository, owned by the user
// postgres, and stop() removes it, whatever happened before.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  appendFileSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMS_MESSAGE_KINDS } from '../../apps/api/src/config.ts';
import { nginxConfig } from './nginx.ts';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PG_BIN = process.env.CLUSTER_PG_BIN ?? '/usr/lib/postgresql/15/bin';
/**
 * How an instance is started: the production build (`npm run build`, then what `npm run start:prod` runs) when it
 * is there, else the sources through tsx, so the topology also runs straight from a checkout.
 */
const API_CMD =
  process.env.CLUSTER_API_CMD ??
  (existsSync(path.join(REPO, 'apps/api/dist/main.js'))
    ? 'node --conditions=jifen-dist --enable-source-maps apps/api/dist/main.js'
    : 'node --import tsx apps/api/src/main.ts');

export interface Instance {
  port: number;
  child: ChildProcess | undefined;
}

export interface Topology {
  dir: string;
  url: string;
  primary: { port: number; data: string };
  replica: { port: number; data: string };
  primaryUrl: string;
  replicaUrl: string;
  instances: Instance[];
  smsPort: number;
  /** Starts instance i (again); `env` overrides its settings (the runbook's new DATABASE_URL after a failover). */
  startInstance(i: number, env?: Record<string, string | undefined>): Promise<void>;
  killInstance(i: number, signal?: NodeJS.Signals): void;
  pgCtl(which: 'primary' | 'replica', ...args: string[]): string;
  /** pg_ctl without blocking this process (the load keeps running meanwhile). */
  pgCtlAsync(which: 'primary' | 'replica', ...args: string[]): Promise<void>;
  psql(port: number, sql: string, db?: string): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

const asPostgres = (cmd: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

export async function waitFor(what: string, ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - start;
    if (Date.now() - start > ms) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startTopology(log: (line: string) => void, smsPort: number): Promise<Topology> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jifen-cluster-'));
  chownSync(dir, uidOf('postgres'), gidOf('postgres'));
  const children: ChildProcess[] = [];
  const [p1, p2, web] = [await freePort(), await freePort(), Number(process.env.CLUSTER_PORT ?? (await freePort()))];
  const primary = { port: p1, data: path.join(dir, 'primary') };
  const replica = { port: p2, data: path.join(dir, 'replica') };
  const pgCtl = (which: 'primary' | 'replica', ...args: string[]) => {
    const c = which === 'primary' ? primary : replica;
    return asPostgres(`${PG_BIN}/pg_ctl`, ['-D', c.data, '-l', path.join(dir, `${which}.log`), ...args]);
  };
  const pgCtlAsync = (which: 'primary' | 'replica', ...args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const c = which === 'primary' ? primary : replica;
      const log = path.join(dir, `${which}.log`);
      const p = spawn('runuser', ['-u', 'postgres', '--', `${PG_BIN}/pg_ctl`, '-D', c.data, '-l', log, ...args], {
        stdio: 'ignore',
      });
      p.on('error', reject);
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl ${args[0]} ${which}: exit ${code}`))));
    });
  const psql = (port: number, sql: string, db = 'jifen') =>
    execFileSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-Atqc', sql], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  const instances: Instance[] = [0, 1, 2].map(() => ({ port: 0, child: undefined }));
  let nginx: ChildProcess | undefined;

  const stop = async () => {
    for (const inst of instances) inst.child?.kill('SIGKILL');
    nginx?.kill('SIGTERM');
    for (const c of children) c.kill('SIGKILL');
    for (const which of ['replica', 'primary'] as const) {
      try {
        pgCtl(which, 'stop', '-m', 'immediate', '-w');
      } catch {
        // Not running (never started, or already stopped by a check).
      }
    }
    try {
      execFileSync('umount', [path.join(dir, 'tiny')], { stdio: 'ignore' });
    } catch {
      // Not mounted.
    }
    // The logs of the last run stay for a look afterwards (outside the repository); the data goes.
    const keep = path.join(tmpdir(), 'jifen-cluster-last-logs');
    rmSync(keep, { recursive: true, force: true });
    mkdirSync(keep, { recursive: true });
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.log')))
      copyFileSync(path.join(dir, f), path.join(keep, f));
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    log(`PostgreSQL primary on ${p1}, replica on ${p2}, under ${dir}`);
    asPostgres(`${PG_BIN}/initdb`, [
      '-D',
      primary.data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-instructions',
    ]);
    appendFileSync(
      path.join(primary.data, 'postgresql.conf'),
      `\nport = ${p1}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nwal_level = replica\nmax_wal_senders = 5\nhot_standby = on\nfsync = on\nmax_connections = 100\n`,
    );
    pgCtl('primary', 'start', '-w', '-t', '60');
    psql(p1, 'CREATE DATABASE jifen', 'postgres');
    asPostgres(`${PG_BIN}/pg_basebackup`, [
      '-h',
      '127.0.0.1',
      '-p',
      String(p1),
      '-U',
      'postgres',
      '-D',
      replica.data,
      '-R',
      '-X',
      'stream',
    ]);
    appendFileSync(path.join(replica.data, 'postgresql.conf'), `\nport = ${p2}\n`);
    pgCtl('replica', 'start', '-w', '-t', '60');

    const primaryUrl = `postgres://postgres@127.0.0.1:${p1}/jifen`;
    const replicaUrl = `postgres://postgres@127.0.0.1:${p2}/jifen`;
    const shared = path.join(dir, 'shared');
    mkdirSync(shared, { recursive: true });
    const baseEnv = {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      DATABASE_URL: primaryUrl,
      DATABASE_REPLICA_URL: replicaUrl,
      JIFEN_DATA_KEY: randomBytes(32).toString('base64'),
      SECURE_COOKIES: 'false',
      TRUST_PROXY: '1',
      DEMO_DATA: 'on',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: process.env.CLUSTER_RATE_LIMIT_MAX ?? '100000',
      AUDIT_CHECKPOINT_DIR: path.join(shared, 'audit'),
      AUDIT_CHECKPOINT_KEY_FILE: path.join(shared, 'audit-checkpoint.key'),
      NOTICE_KEY_FILE: path.join(shared, 'notice.key'),
      OUTBOX_POLL_MS: '200',
      SMS_RETRY_BASE_MS: '500',
      SMS_TIMEOUT_MS: '3000',
      ...smsEnv(smsPort),
    };
    const startInstance = async (i: number, env: Record<string, string | undefined> = {}) => {
      const inst = instances[i]!;
      inst.port ||= await freePort();
      const out = openSync(path.join(dir, `api-${i + 1}.log`), 'a');
      const [cmd = 'node', ...args] = API_CMD.split(/\s+/);
      inst.child = spawn(cmd, args, {
        cwd: REPO,
        env: {
          ...baseEnv,
          // The name lets the checks see which instance holds the leader's lock.
          DATABASE_URL: `${env.DATABASE_URL ?? primaryUrl}?application_name=jifen-api-${i + 1}`,
          ...Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'DATABASE_URL')),
          PORT: String(inst.port),
          DATA_DIR: path.join(dir, `api-${i + 1}`),
        },
        stdio: ['ignore', out, out],
      });
      await waitFor(
        `API instance ${i + 1}`,
        90_000,
        async () => (await fetch(`http://127.0.0.1:${inst.port}/readyz`)).ok,
      );
    };
    const killInstance = (i: number, signal: NodeJS.Signals = 'SIGKILL') => {
      instances[i]?.child?.kill(signal);
      if (instances[i]) instances[i].child = undefined;
    };
    // The first seeds the demo data alone; the others start on a seeded database.
    await startInstance(0);
    await Promise.all([startInstance(1), startInstance(2)]);
    log(`API instances on ${instances.map((x) => x.port).join(', ')}`);

    const conf = path.join(dir, 'nginx.conf');
    writeFileSync(
      conf,
      nginxConfig({
        dir,
        port: web,
        upstreams: instances.map((x) => x.port),
        webDist: path.join(REPO, 'apps/web/dist'),
      }),
    );
    // One process (no master and workers): stopping it stops nginx, whatever happened.
    nginx = spawn('nginx', ['-c', conf, '-p', dir, '-g', 'daemon off; master_process off;'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(nginx);
    const url = `http://127.0.0.1:${web}`;
    await waitFor('nginx', 15_000, async () => (await fetch(`${url}/healthz`)).ok);
    log(`nginx in front on ${url}`);
    return {
      dir,
      url,
      primary,
      replica,
      primaryUrl,
      replicaUrl,
      instances,
      smsPort,
      startInstance,
      killInstance,
      pgCtl,
      pgCtlAsync,
      psql,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}
function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}

/** The instances send SMS through Aliyun's SDK to the local stand-in (checks.ts starts it, with faults on demand). */
function smsEnv(port: number): Record<string, string> {
  const kinds = SMS_MESSAGE_KINDS;
  return {
    SMS_PROVIDER: 'aliyun',
    ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI-cluster-jifen',
    ALIYUN_SMS_ACCESS_KEY_SECRET: 'cluster-secret-not-real',
    ALIYUN_SMS_SIGN_NAME: '积分',
    ALIYUN_SMS_TEMPLATES: JSON.stringify(Object.fromEntries(kinds.map((k, i) => [k, `SMS_${100000000 + i}`]))),
    ALIYUN_SMS_ENDPOINT: `127.0.0.1:${port}`,
    ALIYUN_SMS_PROTOCOL: 'http',
  };
}
