import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { createDb, type Db } from './sql.ts';

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string | 'memory' };

/** Opens PostgreSQL at a URL, or embedded PGlite in a folder (or in memory). */
export async function openDatabase(target: DatabaseTarget): Promise<Db> {
  if (target.kind === 'postgres') {
    // A plan for each call's values, even for a prepared statement (sql.ts `statementNamer`).
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      options: '-c plan_cache_mode=force_custom_plan',
    });
    pool.on('error', () => undefined);
    return createDb(pool, 'postgres');
  }
  if (target.dir !== 'memory') mkdirSync(target.dir, { recursive: true });
  return overPglite(await PGlite.create(target.dir === 'memory' ? undefined : target.dir));
}

/** A Db over an open PGlite instance (the test suites start some from a prepared data folder). */
export function overPglite(lite: PGlite): Db {
  // PGlite is one connection: the pool hands it to one caller at a time, so a
  // transaction never interleaves with another caller's statements.
  const pool = new pg.Pool(createPgConfig(lite) as unknown as pg.PoolConfig);
  // Its one session keeps this setting for every client of the pool (sql.ts
  // `statementNamer`: a plan for each call's values). The pool has one client,
  // so this runs before any other statement.
  void pool.query('SET plan_cache_mode = force_custom_plan').catch(() => undefined);
  return createDb(pool, 'pglite', () => lite.close());
}
