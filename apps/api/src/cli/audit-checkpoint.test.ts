import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type FreshDb } from '../../test/support/databases.ts';
import { TestClock } from '../../test/support/harness.ts';
import { runMigrations } from '../adapters/db/migrate.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { asSuperuser, rewriteChain } from '../modules/audit/checkpoint-test-support.ts';
import { auditCheckpointCommand, auditVerifyCommand } from './audit.ts';
import type { CliContext } from './types.ts';

/** Issue 11, item 4: `jifen audit verify` against signed checkpoints. */
describe('jifen audit checkpoint + verify (postgres)', () => {
  const dbs: FreshDb[] = [];
  const clock = new TestClock();
  const saved = { ...process.env };
  let dir: string;
  const run = (cmd: typeof auditVerifyCommand) => cmd.run({ positional: [], flags: new Map() }, {} as CliContext);
  /** A database of `n` entries, configured for the CLI, with its own checkpoint directory. */
  const configured = async (n: number) => {
    const fresh = await freshDatabase('postgres');
    dbs.push(fresh);
    await runMigrations(fresh.db);
    for (let i = 0; i < n; i++)
      await recordAudit(fresh.db, clock, null, {
        action: 'demo.seed',
        subjectType: 'x',
        subjectId: String(i),
        reason: 'ok',
      });
    process.env.DATABASE_URL = fresh.url;
    process.env.AUDIT_CHECKPOINT_DIR = path.join(dir, `cp-${dbs.length}`);
    return fresh.db;
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'jifen-cli-checkpoints-'));
    process.env.AUDIT_CHECKPOINT_KEY_FILE = path.join(dir, 'key.pem');
  });
  afterAll(async () => {
    for (const k of ['DATABASE_URL', 'AUDIT_CHECKPOINT_DIR', 'AUDIT_CHECKPOINT_KEY_FILE']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    for (const d of dbs) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says there is no checkpoint, then how much the checkpoint covers', async () => {
    const db = await configured(3);
    const none = await run(auditVerifyCommand);
    expect(none).toMatchObject({ json: { ok: true, checkpoint: { checkpoints: 0, covered: 0, uncovered: 3 } } });
    expect((none as { text: string[] }).text[1]).toMatch(/no signed checkpoint/);
    expect(await run(auditCheckpointCommand)).toMatchObject({ json: { written: true, checkpoint: { headId: 3 } } });
    await recordAudit(db, clock, null, { action: 'demo.seed', subjectType: 'x' });
    const covered = await run(auditVerifyCommand);
    expect(covered).toMatchObject({ json: { ok: true, checked: 4, checkpoint: { covered: 3, uncovered: 1 } } });
    expect((covered as { text: string[] }).text[1]).toMatch(
      /entries 1-3 covered; 1 条较新条目尚未覆盖 newer entries not yet covered/,
    );
  });

  it('detects the newest entries truncated', async () => {
    const db = await configured(4);
    await run(auditCheckpointCommand);
    await asSuperuser(db, ['DELETE FROM audit_log WHERE id = 4']);
    const result = await run(auditVerifyCommand);
    expect(result).toMatchObject({
      code: 'AUDIT.CHECKPOINT_MISMATCH',
      message: { en: expect.stringMatching(/entry 4, .* is gone: the chain now ends at entry 3/) },
    });
    expect(await run(auditCheckpointCommand)).toMatchObject({ code: 'AUDIT.CHECKPOINT_REFUSED' });
  });

  it('detects a chain rewritten with recomputed hashes', async () => {
    const db = await configured(4);
    await run(auditCheckpointCommand);
    await rewriteChain(db, 1, 'forged');
    expect(await run(auditVerifyCommand)).toMatchObject({
      code: 'AUDIT.CHECKPOINT_MISMATCH',
      message: {
        zh: expect.stringContaining('审计日志与签名检查点不符'),
        en: expect.stringMatching(/entry 4 no longer has the hash signed/),
      },
    });
  });
});
