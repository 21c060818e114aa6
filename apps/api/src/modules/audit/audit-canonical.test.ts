import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDatabase, type FreshDb } from '../../../test/support/databases.ts';
import { TestClock } from '../../../test/support/harness.ts';
import { runMigrations } from '../../adapters/db/migrate.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';
import { storedForm } from './canonical.ts';

/** Issue 11, item 3: the hash covers exactly what is stored, so malformed text cannot break the chain. */
describe.each(DB_KINDS)('audit entries with lone surrogates and NUL verify (%s)', (kind) => {
  let fresh: FreshDb;
  const clock = new TestClock();
  beforeAll(async () => {
    fresh = await freshDatabase(kind);
    await runMigrations(fresh.db);
  });
  afterAll(async () => fresh?.drop());

  it('stores U+FFFD for a lone surrogate or NUL and the chain still verifies', async () => {
    const actor = { id: '00000000-0000-4000-8000-000000000001', role: 'admin', requestId: 'req-\uD800' };
    await recordAudit(fresh.db, clock, actor, { action: 'demo.seed', subjectType: 'x' });
    await recordAudit(fresh.db, clock, actor, {
      action: 'demo.seed',
      subjectType: 'consultation',
      subjectId: 'id\u0000',
      before: { ['key\uDC00']: 'lone high \uD83D here', list: ['\uDE00', 'ok 😀'] },
      after: { note: 'nul \u0000 inside' },
      reason: 'a\uD800b',
    });
    await recordAudit(fresh.db, clock, actor, { action: 'demo.seed', subjectType: 'x' });
    expect(await verifyAuditChain(fresh.db)).toEqual({ ok: true, checked: 3 });
    const row = await fresh.db.one<{
      reason: string;
      subject_id: string;
      request_id: string;
      before: unknown;
      after: unknown;
    }>('SELECT reason, subject_id, request_id, before, after FROM audit_log WHERE id = 2');
    expect(row).toEqual({
      reason: 'a\uFFFDb',
      subject_id: 'id\uFFFD',
      request_id: 'req-\uFFFD',
      before: { ['key\uFFFD']: 'lone high \uFFFD here', list: ['\uFFFD', 'ok 😀'] },
      after: { note: 'nul \uFFFD inside' },
    });
  });
});

describe('storedForm', () => {
  it('keeps well-formed text, pairs and non-strings as they are', () => {
    const value = { a: 'ok 😀 中文', n: 1.5, b: true, z: null, deep: [{ s: '\uD83D\uDE00' }] };
    expect(storedForm(value)).toEqual(value);
    expect(storedForm('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
  });
});
