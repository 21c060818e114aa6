// One server for bench/web.bench.ts, in a process of its own (the load
// generator and Chromium run in the parent). `peer <dist> <file>` is a bare
// Fastify sending the same brotli bytes of one built file from memory, the
// least work possible for them; `jifen <dist>` is the real app on a seeded
// PGlite in a private temporary folder, serving that build. Both log as
// production does (pino at info) to /dev/null.
// Prints one JSON line `{"url": ...}` when listening; exits on SIGTERM.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { openDatabase } from '../apps/api/src/adapters/db/open.ts';
import { runMigrations } from '../apps/api/src/adapters/db/migrate.ts';
import { buildApp } from '../apps/api/src/app.ts';
import { systemClock } from '../apps/api/src/clock.ts';
import { seedDemoData } from '../apps/api/src/demo/seed.ts';
import { deriveKeys } from '../apps/api/src/security/keys.ts';
import { createPiiCipher } from '../apps/api/src/security/pii.ts';

const LOG_LEVEL = 'info';
const logStream = () => pino.destination({ dest: '/dev/null', minLength: 0, sync: false });

const [mode, dist, file] = process.argv.slice(2);
let app: FastifyInstance;
let cleanup = async () => {};

if (mode === 'peer' && dist && file) {
  const brotli = readFileSync(path.join(dist, `${file}.br`));
  app = Fastify({ logger: { level: LOG_LEVEL, stream: logStream() } });
  app.get(`/${file}`, (_req, reply) =>
    reply.headers({ 'content-type': 'text/javascript; charset=utf-8', 'content-encoding': 'br' }).send(brotli),
  );
} else if (mode === 'jifen' && dist) {
  const dir = mkdtempSync(path.join(tmpdir(), 'jifen-bench-web-'));
  const db = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'pglite') });
  const keys = deriveKeys(Buffer.alloc(32, 9));
  const pii = createPiiCipher(keys);
  await runMigrations(db);
  await seedDemoData({ db, clock: systemClock, pii });
  app = await buildApp({
    config: {
      logLevel: LOG_LEVEL,
      webDist: dist,
      secureCookies: false,
      trustProxy: false,
      rateLimitMax: 10_000_000,
      loginRateLimitMax: 100,
      bodyLimit: 64 * 1024,
    },
    logStream: logStream(),
    db,
    clock: systemClock,
    pii,
    cookieSecret: keys.cookie,
    sessionIdleMinutes: 30,
  });
  cleanup = async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  };
} else {
  console.error('usage: web-server.ts peer <dist> <file> | jifen <dist>');
  process.exit(2);
}

const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url })}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(cleanup)
    .finally(() => process.exit(0));
});
