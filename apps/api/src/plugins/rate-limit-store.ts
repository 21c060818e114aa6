import type { Count, Hit, RateCounter } from './rate-limit-counter.ts';

/**
 * The budgets behind the rate limit (rate-limit.ts) on the application's own
 * database (issue 18, item 6): every instance counts in the same rows, so
 * several instances give one budget, not one each. A budget is a fixed
 * window: the first hit starts it, hits count with INSERT ... ON CONFLICT
 * (atomic under concurrency on PGlite and PostgreSQL alike), and a window
 * past its end starts over. Expired windows are swept now and then. A busy
 * key far from its limit is counted locally and written in batches
 * (rate-limit-counter.ts, issue 20), within a small documented slack.
 *
 * A key of two parts joined by `&` (a signed-in person: `user|id&people|ip`)
 * counts both windows together; the count reported is the tighter of the
 * person's hits and the address's hits divided by `addressPeople`, so the
 * limit holds per person and per address at once.
 */
export interface Spent {
  /** Hits in the binding window, this one included. */
  current: number;
  /** Milliseconds until that window ends. */
  ttl: number;
}

export interface Budgets {
  /**
   * Spends one hit of `key` (within the windows of `scope`: each route with a
   * limit of its own counts apart). Calls back at once, in the same tick,
   * when the counts are decided in this instance; later when they go to the
   * database.
   */
  spend(
    scope: string,
    key: string,
    timeWindow: number,
    max: number,
    cb: (err: Error | null, spent?: Spent) => void,
  ): void;
}

export function sharedBudgets(counter: RateCounter, opts: { addressPeople: number }): Budgets {
  const { addressPeople } = opts;
  return {
    spend(scope, key, timeWindow, max, cb) {
      const amp = key.indexOf('&');
      const own: Hit = { key: scope + (amp < 0 ? key : key.slice(0, amp)), limit: max };
      const address: Hit | null = amp < 0 ? null : { key: scope + key.slice(amp + 1), limit: max * addressPeople };
      const hits = address ? [own, address] : [own];
      const local = counter.hitLocally(hits);
      if (local) return cb(null, spentOf(local, own, address, addressPeople, timeWindow));
      counter.hit(hits, timeWindow).then(
        (rows) => cb(null, spentOf(rows, own, address, addressPeople, timeWindow)),
        (error: Error) => cb(error),
      );
    },
  };
}

/** The binding count: the person's own hits, or their address's hits per person when those are more. */
function spentOf(rows: Count[], own: Hit, address: Hit | null, addressPeople: number, timeWindow: number): Spent {
  const mine = rows.find((r) => r.key === own.key);
  const shared = address ? rows.find((r) => r.key === address.key) : undefined;
  const sharedCount = shared ? Math.ceil(shared.hits / addressPeople) : 0;
  const binding = shared && sharedCount > (mine?.hits ?? 0) ? { ...shared, hits: sharedCount } : mine;
  return { current: binding?.hits ?? 1, ttl: binding?.ttl ?? timeWindow };
}
