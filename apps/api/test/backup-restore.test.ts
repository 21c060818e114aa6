// Issue 21 item 6: the restore rehearsal of docs/runbook-backup.md, run as a
// test. A seeded PostgreSQL database with a signed audit checkpoint is backed
// up with `jifen backup`, restored with pg_restore into a fresh database,
// and then `jifen audit verify` on the restored database finds the chain
// intact and covered by the checkpoints of the original, and every table
// holds as many rows as the original. The timings are printed (the runbook's
// recovery time is measured this way).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/adapters/db/sql.ts';
import { auditCheckpointCommand, auditVerifyCommand } from '../src/cli/audit.ts';
import { backupCommand, type BackupManifest } from '../src/cli/backup-command.ts';
import type { CliContext, CliResult } from '../src/cli/types.ts';
import { TEST_DATABASE_URL } from './support/databases.ts';
import { startHarness, type Harness } from './support/harness.ts';

const ENV_KEYS = [
  'DATABASE_URL',
  'DATA_DIR',
  'AUDIT_CHECKPOINT_DIR',
  'AUDIT_CHECKPOINT_KEY_FILE',
  'AUDIT_CHECKPOINT_DATABASE_ID',
];
const noCtx = {} as CliContext;

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = Number((await db.one<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).n);
  }
  return counts;
}

describe('backup and restore rehearsal (postgres)', () => {
  const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  const restoredName = `jifen_restore_${process.pid}_${Date.now()}`;
  const restoredUrl = (() => {
    const u = new URL(TEST_DATABASE_URL);
    u.pathname = `/${restoredName}`;
    return u.toString();
  })();
  let h: Harness;
  let dir: string;
  let originalUrl: string;

  beforeAll(async () => {
    h = await startHarness('postgres');
    originalUrl = (await h.db.one<{ db: string }>('SELECT current_database() AS db')).db;
    const u = new URL(TEST_DATABASE_URL);
    u.pathname = `/${originalUrl}`;
    originalUrl = u.toString();
    dir = mkdtempSync(path.join(tmpdir(), 'jifen-backup-'));
    process.env.DATABASE_URL = originalUrl;
    process.env.DATA_DIR = dir;
    process.env.AUDIT_CHECKPOINT_DIR = path.join(dir, 'checkpoints');
    process.env.AUDIT_CHECKPOINT_KEY_FILE = path.join(dir, 'checkpoint-key.pem');
    delete process.env.AUDIT_CHECKPOINT_DATABASE_ID;
  });
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await h?.close();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up, restores into a fresh database, and the restore is the same database with its audit chain intact', async () => {
    expect(await auditCheckpointCommand.run({ positional: [], flags: new Map() }, noCtx)).toMatchObject({
      json: { written: true },
    });
    const before = await rowCounts(h.db);
    expect(before.audit_log).toBeGreaterThan(0);

    const out = path.join(dir, 'jifen.dump');
    const backup = await backupCommand.run({ positional: [], flags: new Map([['out', out]]) }, noCtx);
    expect(backup, JSON.stringify(backup)).toHaveProperty('json');
    const manifest = (backup as CliResult).json as BackupManifest;
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(`${out}.json`, 'utf8'))).toEqual(manifest);
    expect(manifest.auditHeadId).toBe(before.audit_log);
    const backupSeconds = (Date.parse(manifest.finishedAt) - Date.parse(manifest.startedAt)) / 1000;

    // The runbook's restore: an empty database, pg_restore, then audit verify against the original's checkpoints.
    const restoreStarted = Date.now();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${restoredName}`);
    await admin.end();
    const restore = spawnSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, out], {
      encoding: 'utf8',
    });
    expect(restore.status, restore.stderr).toBe(0);
    const restoreSeconds = (Date.now() - restoreStarted) / 1000;

    process.env.DATABASE_URL = restoredUrl;
    const unbound = await auditVerifyCommand.run({ positional: [], flags: new Map() }, noCtx);
    // Under its own name the restored database has no checkpoint: the manifest says whose checkpoints it carries.
    expect(unbound).toMatchObject({ json: { ok: true, checkpoint: { checkpoints: 0 } } });
    process.env.AUDIT_CHECKPOINT_DATABASE_ID = manifest.checkpointDatabaseId;
    const verified = await auditVerifyCommand.run({ positional: [], flags: new Map() }, noCtx);
    expect(verified, JSON.stringify(verified)).toMatchObject({
      json: { ok: true, checked: before.audit_log, checkpoint: { uncovered: 0 } },
    });

    const restoredDb = new pg.Pool({ connectionString: restoredUrl });
    try {
      const { createDb } = await import('../src/adapters/db/sql.ts');
      expect(await rowCounts(createDb(restoredDb, 'postgres'))).toEqual(before);
    } finally {
      await restoredDb.end();
    }
    process.stdout.write(
      `restore rehearsal: ${Object.keys(before).length} tables, ${Object.values(before).reduce((a, b) => a + b, 0)} rows, dump ${(manifest.bytes / 1024).toFixed(0)} KiB; backup ${backupSeconds.toFixed(2)} s, restore ${restoreSeconds.toFixed(2)} s\n`,
    );
  });

  it('refuses the embedded database with what to do instead', async () => {
    delete process.env.DATABASE_URL;
    const refused = await backupCommand.run({ positional: [], flags: new Map() }, noCtx);
    expect(refused).toMatchObject({ code: 'BACKUP.EMBEDDED_DATABASE' });
    expect(JSON.stringify(refused)).toContain('copy the whole data folder');
    expect(JSON.stringify(refused)).toContain('停止服务');
  });
});
