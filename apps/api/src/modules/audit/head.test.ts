import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDatabase, type FreshDb } from '../../../test/support/databases.ts';
import { TestClock } from '../../../test/support/harness.ts';
import { runMigrations } from '../../adapters/db/migrate.ts';
import { HEAD_DEBOUNCE_MS, startAuditCheckpoints } from '../../jobs/audit-checkpoint-runner.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';
import { checkpointFileIn } from './checkpoint-file.ts';
import { loadOrCreateCheckpointKey } from './checkpoint-key.ts';
import { asSuperuser } from './checkpoint-test-support.ts';
import { verifyWithCheckpoints, writeChainHead, writeCheckpoint } from './checkpoints.service.ts';
import { headFileOf } from './head-file.ts';

/** Issue 18, item 4: the entries after the last hourly checkpoint were unprotected; the signed head covers them within seconds. */
const DB_ID = 'postgres://test:5432/head';

describe.each(DB_KINDS)('the signed chain head (%s)', (kind) => {
  const clock = new TestClock();
  let dir: string;
  const keyFile = () => path.join(dir, 'keys', 'checkpoint.pem');
  const file = () => checkpointFileIn(path.join(dir, 'checkpoints'));
  const dbs: FreshDb[] = [];
  const seed = async (db: FreshDb['db'], n: number) => {
    for (let i = 0; i < n; i++)
      await recordAudit(db, clock, null, { action: 'demo.seed', subjectType: 'x', subjectId: String(i) });
  };
  const chainOf = async (n: number) => {
    const fresh = await freshDatabase(kind);
    dbs.push(fresh);
    await runMigrations(fresh.db);
    await seed(fresh.db, n);
    return fresh.db;
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'jifen-head-'));
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports the entries deleted after the last checkpoint as a truncation, and refuses to sign the shorter chain', async () => {
    const db = await chainOf(6);
    const signer = loadOrCreateCheckpointKey(keyFile());
    rmSync(path.dirname(file()), { recursive: true, force: true });
    await writeCheckpoint(db, clock, signer, file(), DB_ID);
    await seed(db, 3);
    expect(await writeChainHead(db, clock, signer, file(), DB_ID)).toMatchObject({
      written: true,
      checkpoint: { headId: 9 },
    });
    expect(await verifyWithCheckpoints(db, file(), signer.publicKey, DB_ID)).toMatchObject({
      ok: true,
      checkpoint: { covered: 9, uncovered: 0 },
    });

    // A DBA deletes the entries since the hourly checkpoint: the chain alone is still "intact".
    await asSuperuser(db, ['DELETE FROM audit_log WHERE id >= 7']);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 6 });
    const result = await verifyWithCheckpoints(db, file(), signer.publicKey, DB_ID);
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/entry 9, signed in the checkpoint of .*, is gone: the chain now ends at entry 6/);
    expect(await writeChainHead(db, clock, signer, file(), DB_ID)).toMatchObject({
      written: false,
      reason: 'tampered',
    });
  });

  it('names a head file that was altered', async () => {
    const db = await chainOf(3);
    const signer = loadOrCreateCheckpointKey(keyFile());
    rmSync(path.dirname(file()), { recursive: true, force: true });
    await writeChainHead(db, clock, signer, file(), DB_ID);
    const head = JSON.parse(readFileSync(headFileOf(file()), 'utf8')) as { headId: number };
    writeFileSync(headFileOf(file()), JSON.stringify({ ...head, headId: 2 }));
    expect(await verifyWithCheckpoints(db, file(), signer.publicKey, DB_ID)).toMatchObject({
      ok: false,
      problem: 'audit-head.json: the signature does not verify',
    });
  });

  it('is signed by the server about a second after each decision, without waiting for the hourly checkpoint', async () => {
    const db = await chainOf(2);
    rmSync(path.dirname(file()), { recursive: true, force: true });
    const logs: string[] = [];
    const runner = startAuditCheckpoints({
      db,
      clock,
      databaseId: DB_ID,
      keyFile: keyFile(),
      dir: path.dirname(file()),
      everyMinutes: 60,
      log: (level, msg) => logs.push(`${level} ${msg}`),
    });
    try {
      await runner.writeNow();
      await seed(db, 4);
      await new Promise((r) => setTimeout(r, HEAD_DEBOUNCE_MS + 1500));
      expect(JSON.parse(readFileSync(headFileOf(file()), 'utf8'))).toMatchObject({ headId: 6, db: DB_ID });
      await asSuperuser(db, ['DELETE FROM audit_log WHERE id >= 5']);
      const result = await verifyWithCheckpoints(db, file(), loadOrCreateCheckpointKey(keyFile()).publicKey, DB_ID);
      expect(result.problem).toMatch(/entry 6, .* is gone: the chain now ends at entry 4/);
      expect(logs.filter((l) => l.startsWith('error'))).toEqual([]);
    } finally {
      await runner.stop();
    }
    expect(logs).toContain('error audit chain does not match its checkpoints; not signing it');
  });
});
