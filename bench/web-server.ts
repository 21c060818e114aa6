// One server for bench/web.bench.ts, in a process of its own (the load
// generator and Chromium run in the parent). `peer <dist> <file>` is a bare
// Fastify sending the same brotli bytes of one built file from memory, the
// least work possible for them; `jifen <dist>` is the real app on a seeded
// PGlite in a private temporary folder, serving that build. Both log as
// production does (pino at info) to /dev/null.
// Prints one JSON line `{"url": ...}` when listening; exits on SIGTERM.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { LOG_LEVEL, logStream, seededJifen, serveUntilTerm } from './bench-app.ts';

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
  ({ app, cleanup } = await seededJifen(dist));
} else {
  console.error('usage: web-server.ts peer <dist> <file> | jifen <dist>');
  process.exit(2);
}

await serveUntilTerm(app, cleanup);
