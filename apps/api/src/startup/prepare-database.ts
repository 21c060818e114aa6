import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMigrations } from '../adapters/db/migrate.ts';
import type { DatabaseTarget } from '../adapters/db/open.ts';
import type { Db } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { isEmptyDatabase, seedDemoData, type DemoAccount } from '../demo/seed.ts';
import type { PiiCipher } from '../security/pii.ts';

export interface Prepared {
  /** The migrations applied now, e.g. `001_platform`. */
  applied: string[];
  /** The demo accounts seeded now ([] when the database already had accounts or demo data is off). */
  demo: DemoAccount[];
}

/** Applies the pending migrations and, into an empty database when demo data is on, the demo data. */
export async function prepareDatabase(deps: {
  db: Db;
  config: Pick<Config, 'demoData'>;
  clock: Clock;
  pii: PiiCipher;
}): Promise<Prepared> {
  const { db, config } = deps;
  const { applied } = await runMigrations(db);
  const wantDemo = config.demoData === 'on' || (config.demoData === 'auto' && db.kind === 'pglite');
  const demo = wantDemo && (await isEmptyDatabase(db)) ? await seedDemoData(deps) : [];
  return { applied, demo };
}

/** True for an embedded database folder PostgreSQL has not been initialised in yet (the first start). */
export function isNewEmbeddedDatabase(target: DatabaseTarget): boolean {
  return target.kind === 'pglite' && target.dir !== 'memory' && !existsSync(path.join(target.dir, 'PG_VERSION'));
}

/**
 * Runs `prepareDatabase` on the embedded database in a child process that
 * opens the folder, prepares it, closes it and exits; the server opens the
 * folder afterwards. PGlite's WebAssembly memory only grows, and creating
 * the database, migrating it and seeding the demo data grow it (and the
 * JavaScript heap) by hundreds of megabytes that the serving process would
 * otherwise keep for its whole life (issue 20: idle under 300 MB;
 * bench/idle-memory.bench.ts). The child reads the same environment (its
 * configuration and data key) and answers over the IPC channel.
 */
export function prepareInChildProcess(): Promise<Prepared> {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.js');
  const entry = path.join(path.dirname(here), compiled ? 'prepare-database-child.js' : 'prepare-database-child.ts');
  // From the TypeScript sources (`npm start` registers tsx in-process, so it is not in execArgv) the child loads tsx too.
  // A debugger's flags stay with the parent: the child would ask for the same inspector port.
  const inherited = process.execArgv.filter((a) => !a.startsWith('--inspect'));
  const execArgv =
    compiled || inherited.some((a) => a.includes('tsx'))
      ? inherited
      : [...inherited, '--import', import.meta.resolve('tsx')];
  return new Promise((resolve, reject) => {
    let answer: Prepared | undefined;
    const child = fork(entry, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (m) => (answer = m as Prepared));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && answer) resolve(answer);
      else reject(new Error(`preparing the embedded database failed (exit ${code ?? signal}); see the output above`));
    });
  });
}
