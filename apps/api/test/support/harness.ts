import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { runMigrations } from '../../src/adapters/db/migrate.ts';
import type { Db } from '../../src/adapters/db/sql.ts';
import { buildApp, type AppConfig, type RouteInfo } from '../../src/app.ts';
import type { Clock } from '../../src/clock.ts';
import { seedDemoData } from '../../src/demo/seed.ts';
import { deriveKeys } from '../../src/security/keys.ts';
import { createPiiCipher, type PiiCipher } from '../../src/security/pii.ts';
import { createLivePolicy, type LivePolicy } from '../../src/policy/live-policy.ts';
import type { DbKind } from './databases.ts';
import { preparedDatabase } from './templates.ts';

export class TestClock implements Clock {
  private t: number;
  constructor(iso = '2026-06-15T02:00:00.000Z') {
    this.t = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.t);
  }
  advanceMinutes(m: number): void {
    this.t += m * 60_000;
  }
}

export const TEST_KEY = Buffer.alloc(32, 7);

export interface Harness {
  app: FastifyInstance;
  db: Db;
  clock: TestClock;
  pii: PiiCipher;
  /** The app's live policy data (what its services decide with); a test reads it as the app does. */
  policy: LivePolicy;
  routes: (Omit<RouteInfo, 'method'> & { method: string })[];
  logLines: string[];
  close(): Promise<void>;
}

export const TEST_CONFIG: AppConfig = {
  logLevel: 'info',
  webDist: '/nonexistent/jifen-web-dist',
  secureCookies: false,
  trustProxy: false,
  rateLimitMax: 100_000,
  loginRateLimitMax: 10_000,
  bodyLimit: 64 * 1024,
};

/** A migrated database (demo data unless `seed: false`) and an app over it; nothing listens. */
export async function startHarness(
  kind: DbKind,
  opts: { seed?: boolean; config?: Partial<AppConfig>; sessionIdleMinutes?: number; now?: string } = {},
): Promise<Harness> {
  const clock = new TestClock(opts.now);
  const keys = deriveKeys(TEST_KEY);
  const pii = createPiiCipher(keys);
  const seed = opts.seed !== false;
  // The same day and seed give the same database: copied from the run's template (templates.ts).
  const fresh = await preparedDatabase(kind, JSON.stringify({ seed, now: clock.now().toISOString() }), async (db) => {
    await runMigrations(db);
    if (seed) await seedDemoData({ db, clock: new TestClock(opts.now), pii });
  });
  try {
    const logLines: string[] = [];
    const routes: Harness['routes'] = [];
    const logStream = new Writable({
      write(chunk: Buffer, _enc, cb) {
        logLines.push(chunk.toString());
        cb();
      },
    });
    const policy = createLivePolicy();
    const app = await buildApp({
      config: { ...TEST_CONFIG, ...opts.config },
      db: fresh.db,
      clock,
      pii,
      policy,
      cookieSecret: keys.cookie,
      sessionIdleMinutes: opts.sessionIdleMinutes ?? 30,
      logStream,
      onRoute: (r) => {
        for (const m of Array.isArray(r.method) ? r.method : [r.method]) routes.push({ ...r, method: m });
      },
    });
    return {
      app,
      db: fresh.db,
      clock,
      pii,
      policy,
      routes,
      logLines,
      async close() {
        await app.close();
        await fresh.drop();
      },
    };
  } catch (error) {
    await fresh.drop().catch(() => undefined);
    throw error;
  }
}
