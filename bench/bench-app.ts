// What the bench servers (api-server.ts, web-server.ts) share: the real jifen
// app on a seeded PGlite in a private temporary folder, logging as production
// does (pino at info, jifen's batched destination) to /dev/null, and the
// listen-then-wait-for-SIGTERM protocol their parents rely on (one JSON line
// `{"url": ...}`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { openDatabase } from '../apps/api/src/adapters/db/open.ts';
import { runMigrations } from '../apps/api/src/adapters/db/migrate.ts';
import { buildApp } from '../apps/api/src/app.ts';
import { batchedDestination } from '../apps/api/src/logger.ts';
import { systemClock } from '../apps/api/src/clock.ts';
import { seedDemoData } from '../apps/api/src/demo/seed.ts';
import { deriveKeys } from '../apps/api/src/security/keys.ts';
import { createPiiCipher } from '../apps/api/src/security/pii.ts';

export const LOG_LEVEL = 'info';
/** The peers' log: pino's default destination (asynchronous, a write per line), as Fastify has it. */
export const logStream = () => pino.destination({ dest: '/dev/null', minLength: 0, sync: false });

/** The real app over a fresh, seeded PGlite; `webDist` is the web build it serves (or a folder that is not there). */
export async function seededJifen(
  webDist: string | ((dir: string) => string),
): Promise<{ app: FastifyInstance; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jifen-bench-'));
  const db = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'pglite') });
  const keys = deriveKeys(Buffer.alloc(32, 9));
  const pii = createPiiCipher(keys);
  await runMigrations(db);
  await seedDemoData({ db, clock: systemClock, pii });
  const app = await buildApp({
    config: {
      logLevel: LOG_LEVEL,
      webDist: typeof webDist === 'function' ? webDist(dir) : webDist,
      secureCookies: false,
      trustProxy: false,
      rateLimitMax: 10_000_000,
      loginRateLimitMax: 100,
      bodyLimit: 64 * 1024,
    },
    logStream: batchedDestination('/dev/null'),
    db,
    clock: systemClock,
    pii,
    cookieSecret: keys.cookie,
    sessionIdleMinutes: 30,
  });
  return {
    app,
    async cleanup() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Listens on a free loopback port, prints `{"url": ...}`, and closes and cleans up on SIGTERM. */
export async function serveUntilTerm(app: FastifyInstance, cleanup: () => Promise<void>): Promise<void> {
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(cleanup)
      .finally(() => process.exit(0));
  });
}
