import type { Db } from '../../adapters/db/sql.ts';
import { auditBatch } from './audit.repository.ts';
import { entryHash, GENESIS_HASH } from './audit.service.ts';

/**
 * Test support: what a database superuser can do to the audit log. The
 * trigger is switched off, history is changed, the trigger is switched on.
 */
export async function asSuperuser(db: Db, statements: string[]): Promise<void> {
  await db.tx(async (q) => {
    await q.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    for (const sql of statements) await q.query(sql);
    await q.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
  });
}

/** Edits one entry's reason and recomputes every hash from it on, so the chain alone still verifies. */
export async function rewriteChain(db: Db, entryId: number, reason: string): Promise<void> {
  const rows = await auditBatch(db, 0, 100_000);
  const updates: string[] = [];
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const id = Number(row.id);
    const edited = id === entryId ? { ...row, reason } : row;
    const hash = id >= entryId ? entryHash(prev, { ...edited, at: edited.at.toISOString() }) : row.hash;
    if (id >= entryId) {
      const literal = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);
      updates.push(
        `UPDATE audit_log SET reason = ${literal(edited.reason)}, prev_hash = '${prev}', hash = '${hash}' WHERE id = ${id}`,
      );
    }
    prev = hash;
  }
  await asSuperuser(db, updates);
}
