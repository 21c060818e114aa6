import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, overPglite } from '../../src/adapters/db/open.ts';
import type { Db } from '../../src/adapters/db/sql.ts';
import { TEST_DATABASE_URL, freshDatabase, type DbKind, type FreshDb } from './databases.ts';

/**
 * Most suites start from the same state: the migrations applied and the demo
 * data seeded on a given day. Building it costs seconds (PGlite's initdb above
 * all), so the first suite of a run that needs a state builds it once and the
 * others copy it: PGlite from a dump of its data folder, PostgreSQL with
 * CREATE DATABASE ... TEMPLATE. The templates live for one run only
 * (`templates-setup.ts` makes the run's folder and drops the databases), so
 * a changed migration or seed is always built afresh. Suites that test the
 * migrations themselves use `freshDatabase` and start empty.
 */
const RUN = process.env.JIFEN_TEST_TEMPLATE_RUN;
const DIR = process.env.JIFEN_TEST_TEMPLATE_DIR;

export const TEMPLATE_PREFIX = 'jifen_tpl_';

/** A database in the state `build` leaves, copied from this run's template of `key`. */
export async function preparedDatabase(kind: DbKind, key: string, build: (db: Db) => Promise<void>): Promise<FreshDb> {
  // Outside a vitest run (no run folder): build every time, as before.
  if (!RUN || !DIR) {
    const fresh = await freshDatabase(kind);
    await build(fresh.db).catch(async (e: unknown) => {
      await fresh.drop().catch(() => undefined);
      throw e;
    });
    return fresh;
  }
  const id = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return kind === 'pglite'
    ? fromPgliteTemplate(path.join(DIR, `pglite-${id}.tar`), build)
    : fromPostgresTemplate(`${TEMPLATE_PREFIX}${RUN}_${id}`, build);
}

async function fromPgliteTemplate(file: string, build: (db: Db) => Promise<void>): Promise<FreshDb> {
  if (existsSync(file)) {
    const lite = await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
    const db = overPglite(lite);
    return { db, drop: () => db.close() };
  }
  const lite = await PGlite.create();
  const db = overPglite(lite);
  try {
    await build(db);
    await lite.exec('CHECKPOINT');
    const dump = await lite.dumpDataDir('none');
    // Written aside and renamed: a suite in another worker never reads half a file.
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${randomBytes(4).toString('hex')}.part`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return { db, drop: () => db.close() };
}

async function adminClient(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  return c;
}

async function fromPostgresTemplate(template: string, build: (db: Db) => Promise<void>): Promise<FreshDb> {
  const admin = await adminClient();
  try {
    // One worker builds a template; the others wait for it on the lock.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        const building = `${template}_b`;
        await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${building}`);
        const db = await openDatabase({ kind: 'postgres', url: urlOf(building) });
        try {
          await build(db);
        } finally {
          await db.close();
        }
        // Renamed only when complete: a failed build never leaves a template behind.
        await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
    const name = `jifen_t_${randomBytes(6).toString('hex')}`;
    await copyDatabase(admin, template, name);
    const db = await openDatabase({ kind: 'postgres', url: urlOf(name) });
    return {
      db,
      url: urlOf(name),
      async drop() {
        await db.close();
        const c = await adminClient();
        try {
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}

/** CREATE DATABASE ... TEMPLATE fails while another session copies the same template: wait and try again. */
async function copyDatabase(admin: pg.Client, template: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== '55006' || attempt >= 50) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

function urlOf(database: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
}
