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
 *
 * A key of two parts joined by `&` (a signed-in person: `user|id&people|ip`)
 * counts both windows in the same statement; the count reported is the
 * tighter of the person's hits and the address's hits divided by
 * `addressPeople`, so the limit holds per person and per address at once.
 */
type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

const SWEEP_EVERY = 1000;

/** What the plugin passes to `child`: the route's merged limit options, with the route. */
type RouteLimitOptions = { routeInfo?: { method?: string | string[]; url?: string } };

const UPSERT = `INSERT INTO rate_limit_windows AS w (key, hits, resets_at)
  SELECT k, 1, now() + $2 * interval '1 millisecond' FROM unnest($1::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN w.resets_at <= now() THEN 1 ELSE w.hits + 1 END,
    resets_at = CASE WHEN w.resets_at <= now() THEN now() + $2 * interval '1 millisecond' ELSE w.resets_at END
  RETURNING key, hits, greatest(0, ceil(extract(epoch FROM resets_at - now()) * 1000))::int AS ttl`;

/** A store class bound to `db` (the plugin constructs it with its own options). */
export function sharedRateLimitStore(db: Sql, opts: { addressPeople: number }): FastifyRateLimitStoreCtor {
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
      const [person = key, address] = key.split('&');
      // Always in one order: two statements upserting the same two rows cannot deadlock.
      const keys = (address ? [person, address] : [person]).map((k) => this.prefix + k).sort();
      db.query<{ key: string; hits: number; ttl: number }>(UPSERT, [keys, timeWindow]).then(
        (rows) => {
          const of = (k: string | undefined) => rows.find((r) => r.key === this.prefix + k);
          const own = of(person);
          const shared = address ? of(address) : undefined;
          const sharedCount = shared ? Math.ceil(shared.hits / opts.addressPeople) : 0;
          const binding = shared && sharedCount > (own?.hits ?? 0) ? { ...shared, hits: sharedCount } : own;
          cb(null, { current: binding?.hits ?? 1, ttl: binding?.ttl ?? timeWindow });
        },
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
