import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RateCounter } from './rate-limit-counter.ts';

/**
 * The store of @fastify/rate-limit on the application's own database
 * (issue 18, item 6): every instance counts in the same rows, so several
 * instances give one budget, not one each. A budget is a fixed window: the
 * first hit starts it, hits count with INSERT ... ON CONFLICT (atomic under
 * concurrency on PGlite and PostgreSQL alike), and a window past its end
 * starts over. Expired windows are swept now and then. A busy key far from
 * its limit is counted locally and written in batches (rate-limit-counter.ts,
 * issue 20), within a small documented slack.
 *
 * A key of two parts joined by `&` (a signed-in person: `user|id&people|ip`)
 * counts both windows together; the count reported is the tighter of the
 * person's hits and the address's hits divided by `addressPeople`, so the
 * limit holds per person and per address at once.
 */
type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/** What the plugin passes to `child`: the route's merged limit options, with the route. */
type RouteLimitOptions = { routeInfo?: { method?: string | string[]; url?: string } };

/** A store class counting through `counter` (the plugin constructs it with its own options). */
export function sharedRateLimitStore(counter: RateCounter, opts: { addressPeople: number }): FastifyRateLimitStoreCtor {
  class SharedStore implements FastifyRateLimitStore {
    private readonly prefix: string;
    constructor(_options: unknown, prefix = '') {
      this.prefix = prefix;
    }

    incr(key: string, cb: Callback, timeWindow: number, max: number): void {
      const [person = key, address] = key.split('&');
      const own = { key: this.prefix + person, limit: max };
      const hits = address ? [own, { key: this.prefix + address, limit: max * opts.addressPeople }] : [own];
      counter.hit(hits, timeWindow).then(
        (rows) => {
          const mine = rows.find((r) => r.key === own.key);
          const shared = address ? rows.find((r) => r.key === this.prefix + address) : undefined;
          const sharedCount = shared ? Math.ceil(shared.hits / opts.addressPeople) : 0;
          const binding = shared && sharedCount > (mine?.hits ?? 0) ? { ...shared, hits: sharedCount } : mine;
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
