// One server for bench/api.bench.ts, in a process of its own so that the
// load generator (autocannon, in the parent) and the other server never share
// its event loop. `hello` is a bare Fastify hello-world; `jifen` is the real
// app on a seeded PGlite. Both log as production does (pino at info, the
// default asynchronous destination), to /dev/null, the same way.
// `assess-peer <file>` is the assessment's peer: a bare Fastify that parses
// the same JSON body (its default parser, the same body limit) and sends the
// answer bytes jifen sent for it, read once from <file>.
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

const mode = process.argv[2];
let app: FastifyInstance;
let cleanup = async () => {};

if (mode === 'hello') {
  app = Fastify({ logger: { level: LOG_LEVEL, stream: logStream() } });
  app.get('/', async () => ({ hello: 'world' }));
} else if (mode === 'assess-peer') {
  const answer = readFileSync(process.argv[3]!);
  app = Fastify({ logger: { level: LOG_LEVEL, stream: logStream() }, bodyLimit: 64 * 1024 });
  app.post('/api/v1/assessments', (req, reply) => {
    if (typeof req.body !== 'object' || req.body === null) return reply.code(400).send();
    reply.type('application/json; charset=utf-8').send(answer);
  });
} else if (mode === 'jifen') {
  const dir = mkdtempSync(path.join(tmpdir(), 'jifen-bench-'));
  const db = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'pglite') });
  const keys = deriveKeys(Buffer.alloc(32, 9));
  const pii = createPiiCipher(keys);
  await runMigrations(db);
  await seedDemoData({ db, clock: systemClock, pii });
  app = await buildApp({
    config: {
      logLevel: LOG_LEVEL,
      webDist: path.join(dir, 'no-web'),
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
  console.error('usage: api-server.ts hello|jifen|assess-peer <answer file>');
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
