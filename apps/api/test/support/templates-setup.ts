import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * vitest globalSetup of the API suites: one folder and one name prefix per
 * run for the prepared-database templates (templates.ts), removed at the end
 * with the PostgreSQL template databases.
 */
export default function setup(): () => Promise<void> {
  // Both API projects (api, api-mocking) name this file and vitest calls it for each: the second joins the first's run.
  if (process.env.JIFEN_TEST_TEMPLATE_RUN && process.env.JIFEN_TEST_TEMPLATE_DIR) return async () => undefined;
  const run = randomBytes(4).toString('hex');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jifen-test-templates-'));
  // The workers start after this and inherit the environment.
  process.env.JIFEN_TEST_TEMPLATE_RUN = run;
  process.env.JIFEN_TEST_TEMPLATE_DIR = dir;
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
        `jifen\\_tpl\\_${run}\\_%`,
      ]);
      for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    } catch {
      // PostgreSQL unreachable: the suites that needed it have failed with the fix already.
    } finally {
      await c.end().catch(() => undefined);
    }
  };
}
