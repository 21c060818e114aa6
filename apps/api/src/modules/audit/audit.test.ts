import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDatabase, type FreshDb } from '../../../test/support/databases.ts';
import { TestClock } from '../../../test/support/harness.ts';
import { runMigrations } from '../../adapters/db/migrate.ts';
import { appendAudit, listAudit, recordAudit, verifyAuditChain } from './audit.service.ts';

const actor = { id: '00000000-0000-4000-8000-000000000001', role: 'admin', requestId: 'req-1' };

describe.each(DB_KINDS)('audit chain (%s)', (kind) => {
  let fresh: FreshDb;
  const clock = new TestClock();
  beforeAll(async () => {
    fresh = await freshDatabase(kind);
    await runMigrations(fresh.db);
  });
  afterAll(async () => fresh?.drop());

  /** What an attacker with direct SQL access does: switch the guard off, change history, switch it on. */
  const asAttacker = async (sql: string) => {
    await fresh.db.tx(async (q) => {
      await q.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
      await q.query(sql);
      await q.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
    });
  };

  it('appends entries that verify, masking personal data', async () => {
    for (let i = 0; i < 5; i++) {
      clock.advanceMinutes(1);
      await recordAudit(fresh.db, clock, actor, {
        action: 'holder.reveal',
        subjectType: 'holder',
        subjectId: `s-${i}`,
        before: { n: i, nested: { list: [1, 'a'] } },
        after: { note: `id 310115199003071239 mobile 13812345678`, n: i + 1 },
        reason: 'because',
      });
    }
    expect(await verifyAuditChain(fresh.db)).toEqual({ ok: true, checked: 5 });
    const page = await listAudit(fresh.db, { limit: 2 });
    expect(page.entries.map((e) => e.id)).toEqual(['5', '4']);
    expect(page.nextBefore).toBe(4);
    expect(JSON.stringify(page.entries[0]!.after)).toContain('3101**********1239');
    expect(JSON.stringify(page.entries[0]!.after)).toContain('138****5678');
    expect(JSON.stringify(page.entries)).not.toContain('13812345678');
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the trigger', async () => {
    await expect(fresh.db.query("UPDATE audit_log SET reason = 'x' WHERE id = 1")).rejects.toThrow(/append-only/);
    await expect(fresh.db.query('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(/append-only/);
    await expect(fresh.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('requires a transaction to append', async () => {
    await expect(appendAudit(fresh.db, clock, actor, { action: 'user.create', subjectType: 'user' })).rejects.toThrow(
      /transaction/,
    );
  });

  it('names an edited entry', async () => {
    await asAttacker(`UPDATE audit_log SET after = '{"n": 99}'::jsonb WHERE id = 3`);
    expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: false, checked: 2, firstBadEntryId: '3' });
    await asAttacker(`UPDATE audit_log SET after = NULL WHERE id = 3`);
    expect((await verifyAuditChain(fresh.db)).firstBadEntryId).toBe('3');
  });

  it('detects a deleted entry', async () => {
    const other = await freshDatabase(kind);
    try {
      await runMigrations(other.db);
      for (let i = 0; i < 4; i++)
        await recordAudit(other.db, clock, actor, { action: 'user.create', subjectType: 'user', subjectId: String(i) });
      await other.db.tx(async (q) => {
        await q.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
        await q.query('DELETE FROM audit_log WHERE id = 2');
        await q.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
      });
      const result = await verifyAuditChain(other.db);
      expect(result).toMatchObject({ ok: false, checked: 1, firstBadEntryId: '3' });
      expect(result.problem).toMatch(/missing/);
    } finally {
      await other.drop();
    }
  });

  it('keeps one chain under concurrent appends', async () => {
    const other = await freshDatabase(kind);
    try {
      await runMigrations(other.db);
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          recordAudit(other.db, clock, actor, { action: 'auth.login', subjectType: 'user', subjectId: String(i) }),
        ),
      );
      expect(await verifyAuditChain(other.db, 7)).toEqual({ ok: true, checked: 40 });
      const prevs = await other.db.query<{ n: number }>('SELECT count(DISTINCT prev_hash)::int AS n FROM audit_log');
      expect(prevs[0]!.n).toBe(40);
    } finally {
      await other.drop();
    }
  });
});
