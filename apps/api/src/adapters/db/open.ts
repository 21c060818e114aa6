import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { BatchingPgliteConnection } from './pglite-connection.ts';
import { createDb, type Db } from './sql.ts';

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string | 'memory' };

/**
 * PostgreSQL's buffer pool inside PGlite. PGlite starts PostgreSQL with its
 * default of 128 MB, which it touches at startup, and WebAssembly memory once
 * touched stays resident for the life of the process (it never shrinks): the
 * embedded default idled at ~470 MB of which ~130 MB was that pool (issue 20,
 * goal: idle under 300 MB). The demo's and a small office's data fit many
 * times over in 16 MB; PostgreSQL in production keeps its own settings.
 */
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

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
  const startParams = PGLITE_START_PARAMS;
  return overPglite(
    await (target.dir === 'memory' ? PGlite.create({ startParams }) : PGlite.create(target.dir, { startParams })),
  );
}

/** A Db over an open PGlite instance (the test suites start some from a prepared data folder). */
export function overPglite(lite: PGlite): Db {
  // PGlite is one connection: the pool hands it to one caller at a time, so a
  // transaction never interleaves with another caller's statements.
  // Its prepared statements keep PostgreSQL's default plan_cache_mode (auto),
  // unlike PostgreSQL's pool (sql.ts `statementNamer`): here planning runs on
  // the app's own thread and was most of a hot read (issue 20: the review
  // queue's list 1.0 ms to plan, 0.2 ms to run), and the embedded database
  // holds one small office's data, where a generic plan is taken only when
  // PostgreSQL costs it no worse than the plans made for the values.
  // Issue 20: PGlite's own connection with each statement's messages sent in one call (pglite-connection.ts).
  const config = { ...createPgConfig(lite), connection: new BatchingPgliteConnection(lite) };
  const pool = new pg.Pool(config as unknown as pg.PoolConfig);
  return createDb(pool, 'pglite', () => lite.close());
}
