import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDatabase, type FreshDb } from '../../../test/support/databases.ts';
import { TestClock } from '../../../test/support/harness.ts';
import { runMigrations } from '../../adapters/db/migrate.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';
import { checkpointFileIn } from './checkpoint-file.ts';
import { loadCheckpointPublicKey, loadOrCreateCheckpointKey, publicKeyFileOf } from './checkpoint-key.ts';
import { asSuperuser, rewriteChain } from './checkpoint-test-support.ts';
import { verifyWithCheckpoints, writeCheckpoint } from './checkpoints.service.ts';

/** Issue 11, item 4: signed checkpoints catch what the chain alone cannot. */
const DB_ID = 'postgres://test:5432/checkpoints';

describe.each(DB_KINDS)('audit checkpoints (%s)', (kind) => {
  const clock = new TestClock();
  let dir: string;
  const keyFile = () => path.join(dir, 'keys', 'checkpoint.pem');
  const file = () => checkpointFileIn(path.join(dir, 'checkpoints'));
  const dbs: FreshDb[] = [];
  const chainOf = async (n: number) => {
    const fresh = await freshDatabase(kind);
    dbs.push(fresh);
    await runMigrations(fresh.db);
    for (let i = 0; i < n; i++)
      await recordAudit(fresh.db, clock, null, {
        action: 'demo.seed',
        subjectType: 'x',
        subjectId: String(i),
        reason: `r${i}`,
      });
    return fresh.db;
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'jifen-checkpoints-'));
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('generates the key once, private 0600 with the public key beside it', () => {
    const first = loadOrCreateCheckpointKey(keyFile());
    expect(first.created).toBe(true);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(readFileSync(publicKeyFileOf(keyFile()), 'utf8')).toContain('BEGIN PUBLIC KEY');
    const again = loadOrCreateCheckpointKey(keyFile());
    expect(again).toMatchObject({ created: false, keyId: first.keyId });
  });

  it('signs the head, says how much is covered, and skips an unchanged head', async () => {
    const db = await chainOf(5);
    const signer = loadOrCreateCheckpointKey(keyFile());
    rmSync(file(), { force: true });
    expect(await writeCheckpoint(db, clock, signer, file(), DB_ID)).toMatchObject({
      written: true,
      checkpoint: { headId: 5 },
    });
    expect(await writeCheckpoint(db, clock, signer, file(), DB_ID)).toEqual({ written: false, reason: 'unchanged' });
    await recordAudit(db, clock, null, { action: 'demo.seed', subjectType: 'x' });
    await recordAudit(db, clock, null, { action: 'demo.seed', subjectType: 'x' });
    const result = await verifyWithCheckpoints(db, file(), loadCheckpointPublicKey(keyFile()), DB_ID);
    expect(result).toMatchObject({
      ok: true,
      checked: 7,
      checkpoint: { checkpoints: 1, covered: 5, uncovered: 2, problems: [] },
    });
    expect(await writeCheckpoint(db, clock, signer, file(), DB_ID)).toMatchObject({
      written: true,
      checkpoint: { headId: 7 },
    });
    // Another database sharing the file (same key) is neither covered nor flagged by these checkpoints.
    const other = await verifyWithCheckpoints(db, file(), signer.publicKey, 'pglite:/elsewhere');
    expect(other).toMatchObject({ ok: true, checkpoint: { checkpoints: 0, covered: 0, uncovered: 7 } });
  });

  it('detects the newest entries cut off, and refuses to sign the shorter chain', async () => {
    const db = await chainOf(6);
    const signer = loadOrCreateCheckpointKey(keyFile());
    rmSync(file(), { force: true });
    await writeCheckpoint(db, clock, signer, file(), DB_ID);
    await asSuperuser(db, ['DELETE FROM audit_log WHERE id >= 5']);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 4 });
    const result = await verifyWithCheckpoints(db, file(), signer.publicKey, DB_ID);
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/entry 6, signed in the checkpoint of .*, is gone: the chain now ends at entry 4/);
    expect(result.checkpoint.covered).toBe(0);
    expect(await writeCheckpoint(db, clock, signer, file(), DB_ID)).toMatchObject({
      written: false,
      reason: 'tampered',
    });
  });

  it('detects an edited entry whose later hashes were all recomputed', async () => {
    const db = await chainOf(5);
    const signer = loadOrCreateCheckpointKey(keyFile());
    rmSync(file(), { force: true });
    await writeCheckpoint(db, clock, signer, file(), DB_ID);
    await rewriteChain(db, 2, 'forged reason');
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 5 });
    const result = await verifyWithCheckpoints(db, file(), signer.publicKey, DB_ID);
    expect(result).toMatchObject({ ok: false, checkpoint: { covered: 0 } });
    expect(result.problem).toMatch(/entry 5 no longer has the hash signed .*rewritten/);
  });

  it('names a checkpoint line that was altered or forged', async () => {
    const db = await chainOf(3);
    const signer = loadOrCreateCheckpointKey(keyFile());
    rmSync(file(), { force: true });
    await writeCheckpoint(db, clock, signer, file(), DB_ID);
    const line = JSON.parse(readFileSync(file(), 'utf8').trim()) as { headId: number };
    writeFileSync(file(), `${JSON.stringify({ ...line, headId: 2 })}\n`);
    const result = await verifyWithCheckpoints(db, file(), signer.publicKey, DB_ID);
    expect(result).toMatchObject({
      ok: false,
      checkpoint: { checkpoints: 0, problems: ['line 1: the signature does not verify'] },
    });
  });
});
