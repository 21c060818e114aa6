import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDatabase, type FreshDb } from '../../../test/support/databases.ts';
import { MIGRATIONS_DIR, pendingMigrations, readMigrations, runMigrations } from './migrate.ts';

describe.each(DB_KINDS)('migrations from zero (%s)', (kind) => {
  let fresh: FreshDb;
  beforeAll(async () => {
    fresh = await freshDatabase(kind);
  });
  afterAll(async () => fresh?.drop());

  it('applies every migration once, then nothing', async () => {
    expect(await pendingMigrations(fresh.db)).toHaveLength(readMigrations().length);
    const first = await runMigrations(fresh.db);
    expect(first.applied.length).toBe(readMigrations().length);
    expect((await runMigrations(fresh.db)).applied).toEqual([]);
    expect(await pendingMigrations(fresh.db)).toEqual([]);
  });

  it('seeds the 16 districts of Shanghai with a talent centre each', async () => {
    const d = await fresh.db.one<{ n: number }>('SELECT count(*)::int AS n FROM districts');
    expect(d.n).toBe(16);
    const t = await fresh.db.one<{ n: number }>(
      "SELECT count(DISTINCT district_code)::int AS n FROM service_centres WHERE kind = 'talent'",
    );
    expect(t.n).toBe(16);
    const c = await fresh.db.one<{ n: number }>(
      "SELECT count(DISTINCT district_code)::int AS n FROM service_centres WHERE kind = 'community'",
    );
    expect(c.n).toBe(16);
  });

  it('refuses an applied migration whose file changed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jifen-mig-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = readMigrations(dir)[0]!;
    const file = path.join(dir, `001_${first.name}.sql`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n-- edited\n`);
    await expect(runMigrations(fresh.db, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it('lets concurrent runners apply each migration exactly once (advisory lock)', async () => {
    const other = await freshDatabase(kind);
    try {
      const results = await Promise.all([runMigrations(other.db), runMigrations(other.db), runMigrations(other.db)]);
      const applied = results.flatMap((r) => r.applied);
      expect(applied).toHaveLength(readMigrations().length);
      const rows = await other.db.one<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows.n).toBe(readMigrations().length);
    } finally {
      await other.drop();
    }
  });
});
