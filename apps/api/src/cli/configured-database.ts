import type { DomainError } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { openDatabase } from '../adapters/db/open.ts';
import type { Db } from '../adapters/db/sql.ts';
import { loadConfig, type Config } from '../config.ts';
import type { CliResult } from './types.ts';

/**
 * Runs a CLI command against the configured database (DATABASE_URL, else the
 * embedded PGlite in DATA_DIR), once `table` shows the schema is there; a bad
 * configuration or an uninitialised database is a coded error, and the
 * database is always closed.
 */
export async function withConfiguredDatabase(
  table: string,
  noSchemaCode: string,
  run: (db: Db, config: Config) => Promise<CliResult | DomainError>,
): Promise<CliResult | DomainError> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    return {
      code: 'CLI.CONFIG',
      message: msg('cli.invalidConfig', { errors: { zh: loaded.errors.join('；'), en: loaded.errors.join('; ') } }),
    };
  }
  const { config } = loaded;
  const db = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dir: config.pgliteDir },
  );
  try {
    if (!(await db.one<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [table])).t) {
      return {
        code: noSchemaCode,
        message: msg('cli.notInitialised'),
      };
    }
    return await run(db, config);
  } finally {
    await db.close();
  }
}
