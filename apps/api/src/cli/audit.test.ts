import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type FreshDb } from '../../test/support/databases.ts';
import { TestClock } from '../../test/support/harness.ts';
import { runMigrations } from '../adapters/db/migrate.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { auditVerifyCommand } from './audit.ts';
import type { CliContext } from './types.ts';

describe('jifen audit verify (postgres)', () => {
  let fresh: FreshDb;
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    fresh = await freshDatabase('postgres');
    await runMigrations(fresh.db);
    const clock = new TestClock();
    for (let i = 0; i < 3; i++)
      await recordAudit(fresh.db, clock, null, { action: 'demo.seed', subjectType: 'x', subjectId: String(i) });
    process.env.DATABASE_URL = fresh.url;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await fresh?.drop();
  });
  const run = () => auditVerifyCommand.run({ positional: [], flags: new Map() }, {} as CliContext);

  it('reports an intact chain, then names the edited entry', async () => {
    expect(await run()).toMatchObject({ json: { ok: true, checked: 3 } });
    await fresh.db.tx(async (q) => {
      await q.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
      await q.query("UPDATE audit_log SET subject_id = 'forged' WHERE id = 2");
    });
    expect(await run()).toMatchObject({ code: 'AUDIT.CHAIN_BROKEN', details: { firstBadEntryId: '2' } });
  });
});
