import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/adapters/db/open.ts';
import type { Db } from '../../src/adapters/db/sql.ts';

export type DbKind = 'pglite' | 'postgres';
export const DB_KINDS: DbKind[] = ['pglite', 'postgres'];

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const HOW_TO_START = [
  `PostgreSQL is not reachable at ${TEST_DATABASE_URL}.`,
  'These suites run on PostgreSQL as well as PGlite and never skip. Start it with:',
  '  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  'or point TEST_DATABASE_URL at a PostgreSQL 15+ server where the user may CREATE DATABASE.',
].join('\n');

export interface FreshDb {
  db: Db;
  /** The connection URL (PostgreSQL only). */
  url?: string;
  /** Closes the connection and drops the suite's database. */
  drop(): Promise<void>;
}

/** A new, empty database: PGlite in memory, or `jifen_t_<random>` on PostgreSQL. */
export async function freshDatabase(kind: DbKind): Promise<FreshDb> {
  if (kind === 'pglite') {
    const db = await openDatabase({ kind: 'pglite', dir: 'memory' });
    return { db, drop: () => db.close() };
  }
  const name = `jifen_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`${HOW_TO_START}\n(${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
