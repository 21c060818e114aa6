// The city bench's databases (bench/city.bench.ts): one per scale, generated
// once with the demo accounts and `scale` holders (bench/city-data.ts), with a
// marker table written last so that CITY_BENCH_REUSE=1 can tell a completed
// generation from an interrupted one.
import pg from 'pg';
import { getPolicy } from '@jifen/domain';
import { policySet } from '@jifen/policies';
import { openDatabase } from '../apps/api/src/adapters/db/open.ts';
import { runMigrations } from '../apps/api/src/adapters/db/migrate.ts';
import { systemClock } from '../apps/api/src/clock.ts';
import { seedDemoData } from '../apps/api/src/demo/seed.ts';
import { deriveKeys } from '../apps/api/src/security/keys.ts';
import { createPiiCipher } from '../apps/api/src/security/pii.ts';
import { generateCity, type CityCounts } from './city-data.ts';
import { fmt } from './measure.ts';

export const BASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Written last into a generated database: a reused database without it is regenerated. */
const MARKER = 'city_bench_generated';

export function urlOf(name: string): string {
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function admin(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: BASE_URL });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}

export interface Generated {
  counts: CityCounts;
  loadSeconds: number;
}

/** What a kept database's marker says, if the database exists and its generation completed. */
export async function generatedBefore(name: string): Promise<Generated | undefined> {
  const exists = await admin('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) return undefined;
  const c = new pg.Client({ connectionString: urlOf(name) });
  await c.connect();
  try {
    const marker = await c.query<{ counts: CityCounts; load_seconds: number }>(
      `SELECT counts, load_seconds FROM ${MARKER} WHERE to_regclass('${MARKER}') IS NOT NULL`,
    );
    const row = marker.rows[0];
    return row ? { counts: row.counts, loadSeconds: row.load_seconds } : undefined;
  } catch {
    return undefined; // no marker table: the generation did not complete
  } finally {
    await c.end();
  }
}

/** A fresh database with the demo accounts and `scale` generated holders; its marker written last. */
export async function generate(name: string, scale: number): Promise<Generated> {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const started = performance.now();
  const db = await openDatabase({ kind: 'postgres', url: urlOf(name) });
  try {
    await runMigrations(db);
    await seedDemoData({ db, clock: systemClock, pii: createPiiCipher(deriveKeys(Buffer.alloc(32, 9))) });
  } finally {
    await db.close();
  }
  const c = new pg.Client({ connectionString: urlOf(name) });
  await c.connect();
  try {
    const policy = getPolicy(policySet, 'sh-2026');
    if (!policy.ok) throw new Error('sh-2026 missing');
    console.log(`scale ${fmt(scale)}: generating into ${name}`);
    const counts = await generateCity(c, scale, policy.value.params.lifecycle.renewalWindowDays, (line) =>
      console.log(line),
    );
    const loadSeconds = (performance.now() - started) / 1000;
    await c.query(
      `CREATE TABLE ${MARKER} (counts jsonb NOT NULL, load_seconds real NOT NULL, at timestamptz NOT NULL)`,
    );
    await c.query(`INSERT INTO ${MARKER} VALUES ($1, $2, now())`, [JSON.stringify(counts), loadSeconds]);
    return { counts, loadSeconds };
  } finally {
    await c.end();
  }
}
