import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './sql.ts';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');
/** pg_advisory_xact_lock key: two instances starting together apply migrations once. */
const MIGRATION_LOCK = 7_314_201;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  const migrations = files.map((file) => {
    const sql = readFileSync(path.join(dir, file), 'utf8');
    return {
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    };
  });
  // Numbers are handed out to branches developed in parallel, so one may be
  // missing until its branch lands; two files with one number never may be.
  migrations.forEach((m, i) => {
    const prev = migrations[i - 1];
    if (m.version < 1 || (prev && m.version <= prev.version))
      throw new Error(`migration numbers must be unique and ascending from 001: ${m.version}_${m.name}`);
  });
  return migrations;
}

/**
 * Applies forward-only migrations in one transaction under an advisory lock.
 * An applied migration whose file changed is an error: write a new one.
 */
export async function runMigrations(db: Db, dir = MIGRATIONS_DIR): Promise<{ applied: string[] }> {
  const migrations = readMigrations(dir);
  return db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await q.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = await q.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const byVersion = new Map(done.map((d) => [d.version, d]));
    const applied: string[] = [];
    for (const m of migrations) {
      const prior = byVersion.get(m.version);
      if (prior) {
        if (prior.checksum !== m.checksum) {
          throw new Error(`migration ${m.version}_${m.name} changed after it was applied; add a new migration instead`);
        }
        continue;
      }
      await q.query(m.sql);
      await q.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        m.checksum,
      ]);
      applied.push(`${String(m.version).padStart(3, '0')}_${m.name}`);
    }
    return { applied };
  });
}

/** Migrations not yet applied ([] when the schema is current). Used by /readyz. */
export async function pendingMigrations(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrations(dir);
  const exists = await db.one<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  if (!exists.t) return migrations.map((m) => m.name);
  const done = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
  const versions = new Set(done.map((d) => d.version));
  return migrations.filter((m) => !versions.has(m.version)).map((m) => m.name);
}
