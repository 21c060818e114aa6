// The child process of `prepareInChildProcess` (prepare-database.ts): opens
// the embedded database named by the environment, migrates it and seeds the
// demo data, sends what it did to the parent, closes the database and exits.
import { openDatabase } from '../adapters/db/open.ts';
import { clockStartingOn, systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { deriveKeys, loadOrCreateDevKey } from '../security/keys.ts';
import { createPiiCipher } from '../security/pii.ts';
import { prepareDatabase } from './prepare-database.ts';

async function run(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) throw new Error(`the configuration is invalid: ${loaded.errors.join('; ')}`);
  const config = loaded.config;
  // The parent has already created the development key when none is configured, and warned about it.
  const pii = createPiiCipher(deriveKeys(config.dataKey ?? loadOrCreateDevKey(config.dataDir).key));
  const clock = config.businessDate ? clockStartingOn(config.businessDate) : systemClock;
  const db = await openDatabase({ kind: 'pglite', dir: config.pgliteDir });
  try {
    const prepared = await prepareDatabase({ db, config, clock, pii });
    await new Promise<void>((resolve, reject) =>
      process.send!(prepared, (e: Error | null) => (e ? reject(e) : resolve())),
    );
  } finally {
    await db.close();
  }
}

run().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `jifen: preparing the embedded database failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
