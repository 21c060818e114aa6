import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type FreshDb } from '../../test/support/databases.ts';
import { TestClock } from '../../test/support/harness.ts';
import { runMigrations } from '../adapters/db/migrate.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { checkpointFileIn } from '../modules/audit/checkpoint-file.ts';
import { startAuditCheckpoints } from './audit-checkpoint-runner.ts';

describe('the scheduled audit checkpoint writer (postgres)', () => {
  let fresh: FreshDb;
  let dir: string;
  const clock = new TestClock();
  beforeAll(async () => {
    fresh = await freshDatabase('postgres');
    await runMigrations(fresh.db);
    dir = mkdtempSync(path.join(tmpdir(), 'jifen-runner-'));
  });
  afterAll(async () => {
    await fresh?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('generates its key on first start, signs at start, on demand and at stop', async () => {
    await recordAudit(fresh.db, clock, null, { action: 'demo.seed', subjectType: 'x' });
    const logs: string[] = [];
    const keyFile = path.join(dir, 'k.pem');
    const runner = startAuditCheckpoints({
      db: fresh.db,
      clock,
      databaseId: 'postgres://runner-test',
      keyFile,
      dir: path.join(dir, 'cp'),
      everyMinutes: 60,
      log: (level, msg) => logs.push(`${level} ${msg}`),
    });
    expect(runner.keyCreated).toBe(true);
    expect(existsSync(`${keyFile}.pub`)).toBe(true);
    expect(await runner.writeNow()).toEqual({ written: false, reason: 'unchanged' });
    await recordAudit(fresh.db, clock, null, { action: 'demo.seed', subjectType: 'x' });
    await runner.stop();
    const lines = readFileSync(checkpointFileIn(path.join(dir, 'cp')), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { headId: number });
    expect(lines.map((l) => l.headId)).toEqual([1, 2]);
    expect(logs).toEqual(['info audit checkpoint written', 'info audit checkpoint written']);
  });
});
