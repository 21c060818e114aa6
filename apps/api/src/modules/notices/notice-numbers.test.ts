import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDatabase, type FreshDb } from '../../../test/support/databases.ts';
import { TEST_KEY, TestClock } from '../../../test/support/harness.ts';
import { MIGRATIONS_DIR, runMigrations } from '../../adapters/db/migrate.ts';
import { seedDemoData } from '../../demo/seed.ts';
import { deriveKeys } from '../../security/keys.ts';
import { createPiiCipher } from '../../security/pii.ts';
import { legacyNoticeNumber, recordNoticePrinted } from './notices.service.ts';
import { findNoticeStatus } from './notices.repository.ts';

/**
 * Migration 027 (issue 22): notices printed before it (numbered "JF" + 16 hex
 * digits of the application id) get a readable number in the order they were
 * issued, keep the old one for the codes already on paper, and new notices
 * go on counting from there.
 */
describe.each(DB_KINDS)('notice numbers JFTZ<year>-<n> (%s)', (kind) => {
  let fresh: FreshDb;
  let before027: string;
  let apps: string[];
  // Issue days of the notices printed before the migration, in the order they were printed.
  const printedBefore = [
    { app: 1, issued: '2026-02-01' },
    { app: 0, issued: '2025-03-01' },
  ];

  beforeAll(async () => {
    fresh = await freshDatabase(kind);
    before027 = mkdtempSync(path.join(tmpdir(), 'jifen-mig-'));
    cpSync(MIGRATIONS_DIR, before027, { recursive: true });
    rmSync(path.join(before027, '027_notice_numbers.sql'));
    await runMigrations(fresh.db, before027);
    await seedDemoData({ db: fresh.db, clock: new TestClock(), pii: createPiiCipher(deriveKeys(TEST_KEY)) });
    apps = (await fresh.db.query<{ id: string }>('SELECT id FROM applications ORDER BY id LIMIT 3')).map((r) => r.id);
    expect(apps).toHaveLength(3);
    for (const p of printedBefore)
      await fresh.db.execute(
        'INSERT INTO notices (notice_no, application_id, issued_on, first_printed_at, created_at) VALUES ($1, $2, $3, now(), now())',
        [legacyNoticeNumber(apps[p.app]!), apps[p.app], p.issued],
      );
    await runMigrations(fresh.db);
  });
  afterAll(async () => {
    rmSync(before027, { recursive: true, force: true });
    await fresh?.drop();
  });

  it('numbers existing notices per year by issue day and keeps their old numbers for the codes on paper', async () => {
    const rows = await fresh.db.query<{ notice_no: string; legacy_no: string; application_id: string }>(
      'SELECT notice_no, legacy_no, application_id FROM notices ORDER BY notice_no',
    );
    expect(rows).toEqual([
      { notice_no: 'JFTZ2025-000001', legacy_no: legacyNoticeNumber(apps[0]!), application_id: apps[0] },
      { notice_no: 'JFTZ2026-000001', legacy_no: legacyNoticeNumber(apps[1]!), application_id: apps[1] },
    ]);
    // The verification page finds a notice by either number.
    for (const r of rows) {
      expect(await findNoticeStatus(fresh.db, r.notice_no)).toBeDefined();
      expect(await findNoticeStatus(fresh.db, r.legacy_no)).toBeDefined();
    }
  });

  it('gives the next notice the next number of its year, once; the format is enforced', async () => {
    const at = new Date('2026-12-06T02:00:00Z');
    const next = { applicationId: apps[2]!, issuedOn: '2026-05-01', at };
    const first = await recordNoticePrinted(fresh.db, next);
    expect(first).toEqual({ noticeNo: 'JFTZ2026-000002', revoked: false });
    expect(await recordNoticePrinted(fresh.db, next)).toEqual(first);
    expect(
      (
        await fresh.db.query<{ n: number }>('SELECT count(*)::int AS n FROM notices WHERE application_id = $1', [
          apps[2],
        ])
      )[0],
    ).toEqual({ n: 1 });
    await expect(
      fresh.db.execute('UPDATE notices SET notice_no = $2 WHERE application_id = $1', [apps[2], 'JF0123456789ABCDEF']),
    ).rejects.toThrow();
  });
});
