// One server for bench/api.bench.ts, in a process of its own so that the
// load generator (autocannon, in the parent) and the other server never share
// its event loop. `hello` is a bare Fastify hello-world; `jifen` is the real
// app on a seeded PGlite. Each logs at info to /dev/null as it does in
// production: the peers through pino's default asynchronous destination
// (Fastify's), jifen through its own (logger.ts `batchedDestination`: lines
// written in batches of up to 4 KB or 100 ms).
// `assess-peer <file>` is the assessment's peer: a bare Fastify that parses
// the same JSON body (its default parser, the same body limit) and sends the
// answer bytes jifen sent for it, read once from <file>.
// Prints one JSON line `{"url": ...}` when listening; exits on SIGTERM.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { LOG_LEVEL, logStream, seededJifen, serveUntilTerm } from './bench-app.ts';

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
  ({ app, cleanup } = await seededJifen((dir) => path.join(dir, 'no-web')));
} else {
  console.error('usage: api-server.ts hello|jifen|assess-peer <answer file>');
  process.exit(2);
}

await serveUntilTerm(app, cleanup);
