// The server of bench/city.bench.ts, in a process of its own (the load
// generator never shares its event loop): the real app on the bench's
// PostgreSQL database, logging at info to /dev/null as production does,
// notices signed with the key file the bench also reads.
// argv: <database url> <notice key file>. Prints `{"url": ...}` when listening.
import path from 'node:path';
import { batchedDestination } from '../apps/api/src/logger.ts';
import { openDatabase } from '../apps/api/src/adapters/db/open.ts';
import { buildApp } from '../apps/api/src/app.ts';
import { systemClock } from '../apps/api/src/clock.ts';
import { loadOrCreateNoticeKey } from '../apps/api/src/modules/notices/notice-key.ts';
import { deriveKeys } from '../apps/api/src/security/keys.ts';
import { createPiiCipher } from '../apps/api/src/security/pii.ts';

const [url, keyFile] = process.argv.slice(2);
if (!url || !keyFile) {
  console.error('usage: city-server.ts <database url> <notice key file>');
  process.exit(2);
}
const db = await openDatabase({ kind: 'postgres', url });
const keys = deriveKeys(Buffer.alloc(32, 9));
// CITY_BENCH_LOG=1 sends the log to stderr instead (to see why a request failed).
const logStream = batchedDestination(process.env.CITY_BENCH_LOG ? 2 : '/dev/null');
const app = await buildApp({
  config: {
    logLevel: 'info',
    webDist: path.join(path.dirname(keyFile), 'no-web'),
    secureCookies: false,
    trustProxy: false,
    rateLimitMax: 10_000_000,
    loginRateLimitMax: 100,
    bodyLimit: 64 * 1024,
  },
  logStream,
  db,
  clock: systemClock,
  pii: createPiiCipher(keys),
  cookieSecret: keys.cookie,
  sessionIdleMinutes: 30,
  noticeKeys: loadOrCreateNoticeKey(keyFile),
});
const listening = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url: listening })}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => db.close())
    .finally(() => process.exit(0));
});
