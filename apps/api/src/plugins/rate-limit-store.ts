import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Sql } from '../adapters/db/sql.ts';

/**
 * The store of @fastify/rate-limit on the application's own database
 * (issue 18, item 6): every instance counts in the same rows, so several
 * instances give one budget, not one each. A budget is a fixed window: the
 * first hit starts it, each hit counts in one statement (INSERT ... ON
 * CONFLICT, atomic under concurrency on PGlite and PostgreSQL alike), and a
 * window past its end starts over. Expired windows are swept now and then.
 * (rate-limiter-flexible's RateLimiterPostgres does the same on a table it
 * creates itself at run time; a migration and one statement keep both
 * databases on one code path.)
 */
type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

const SWEEP_EVERY = 1000;

/** What the plugin passes to `child`: the route's merged limit options, with the route. */
type RouteLimitOptions = { routeInfo?: { method?: string | string[]; url?: string } };

/** A store class bound to `db` (the plugin constructs it with its own options). */
export function sharedRateLimitStore(db: Sql): FastifyRateLimitStoreCtor {
  let hits = 0;
  const sweep = () =>
    db.execute("DELETE FROM rate_limit_windows WHERE resets_at < now() - interval '1 minute'").catch(() => undefined);

  class SharedStore implements FastifyRateLimitStore {
    private readonly prefix: string;
    constructor(_options: unknown, prefix = '') {
      this.prefix = prefix;
    }

    incr(key: string, cb: Callback, timeWindow: number): void {
      if (++hits % SWEEP_EVERY === 0) void sweep();
      db.maybeOne<{ hits: number; ttl: number }>(
        `INSERT INTO rate_limit_windows AS w (key, hits, resets_at) VALUES ($1, 1, now() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN w.resets_at <= now() THEN 1 ELSE w.hits + 1 END,
           resets_at = CASE WHEN w.resets_at <= now() THEN now() + $2 * interval '1 millisecond' ELSE w.resets_at END
         RETURNING hits, greatest(0, ceil(extract(epoch FROM resets_at - now()) * 1000))::int AS ttl`,
        [this.prefix + key, timeWindow],
      ).then(
        (row) => cb(null, { current: row?.hits ?? 1, ttl: row?.ttl ?? timeWindow }),
        (error: Error) => cb(error),
      );
    }

    // Each route with limits of its own counts in its own windows (as the plugin's Redis store does).
    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const route = (routeOptions as unknown as RouteLimitOptions).routeInfo ?? {};
      const method = [route.method ?? ''].flat().join(',');
      return new SharedStore(undefined, `${method} ${route.url ?? ''}|`);
    }
  }
  return SharedStore;
}
