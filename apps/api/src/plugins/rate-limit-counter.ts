import type { Sql } from '../adapters/db/sql.ts';

/**
 * The counts behind the shared rate limit (rate-limit-store.ts), kept so that
 * a busy key costs no database write per request (issue 20: one upsert per
 * request was most of the cost of an authenticated read).
 *
 * Each instance remembers, per window key, the shared total it last read
 * (`known`), the hits it counted since and has not yet written (`pending`)
 * and those on their way (`inflight`). A hit is decided here, without a
 * statement, only while the key is far from its limit:
 * - the instance has read the shared total within `STALE_MS`,
 * - the window is still open,
 * - known + unwritten + 1 stays at or under half the limit, and
 * - this instance holds fewer than `capOf(limit)` = 1% of the limit
 *   (at most `MAX_CAP`) unwritten hits of the key.
 * Otherwise the hit goes to the database at once with the key's unwritten
 * hits, in one statement, exactly as before batching. Unwritten hits are
 * flushed together every `FLUSH_MS`, at once when a key reaches its cap, and
 * when the app closes.
 *
 * Slack (documented in ARCHITECTURE.md): near its limit every hit is counted
 * in the shared store, so a budget is overshot only by hits other instances
 * hold unwritten, plus the last local batch of each: at most about
 * 2 x instances x cap hits a window (1% of the limit per instance, twice).
 * Budgets under 100 a window (sign-in, consultations) have a cap of 0 and
 * stay exact. Hits counted locally for a window that has ended are dropped,
 * not carried into the next one.
 */
export const FLUSH_MS = 200;
export const STALE_MS = 1_000;
export const MAX_CAP = 250;
const SWEEP_EVERY = 1000;
const MAX_KEYS = 100_000;

/** Unwritten hits one instance may hold for a key with this limit. */
export const capOf = (limit: number): number => Math.min(MAX_CAP, Math.floor(limit / 100));

interface KeyState {
  known: number;
  pending: number;
  inflight: number;
  /** When the window ends, by this process's clock (Date.now()). */
  resetsAt: number;
  syncedAt: number;
  /** The window's length, for a flush that finds the window ended in the store and starts the next. */
  windowMs: number;
}

export interface Hit {
  key: string;
  /** The key's own limit a window (an address's is its people's budgets together). */
  limit: number;
}

export interface Count {
  key: string;
  hits: number;
  ttl: number;
}

const UPSERT = `INSERT INTO rate_limit_windows AS w (key, hits, resets_at)
  SELECT k, n, now() + $3 * interval '1 millisecond'
    FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS u(k, n, i) ORDER BY i
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN w.resets_at <= now() THEN excluded.hits ELSE w.hits + excluded.hits END,
    resets_at = CASE WHEN w.resets_at <= now() THEN excluded.resets_at ELSE w.resets_at END
  RETURNING key, hits, greatest(0, ceil(extract(epoch FROM resets_at - now()) * 1000))::int AS ttl`;

export interface RateCounter {
  /**
   * Counts one hit on every key here, without a statement, when every key is
   * far from its limit (the rules above), and answers each key's total and
   * time left; null (nothing counted) when the hit must go to the database.
   * Synchronous, so that a request far from its limits costs no promise.
   */
  hitLocally(hits: readonly Hit[]): Count[] | null;
  /** Counts one hit on every key (in one statement when it must) and answers each key's total and time left. */
  hit(hits: readonly Hit[], timeWindow: number): Promise<Count[]>;
  /** Writes every unwritten hit now. */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left (the app's onClose). */
  close(): Promise<void>;
}

export function createRateCounter(db: Sql, now: () => number = Date.now): RateCounter {
  const states = new Map<string, KeyState>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let hitsSeen = 0;

  // Upserts keys in one order only: two statements over the same rows cannot deadlock.
  const upsert = (pairs: [string, number][], timeWindow: number) => {
    pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return db.query<Count>(UPSERT, [pairs.map(([k]) => k), pairs.map(([, n]) => n), timeWindow]);
  };

  const learn = (rows: Count[], at: number, windowMs: number) => {
    for (const r of rows) {
      const s = states.get(r.key) ?? { known: 0, pending: 0, inflight: 0, resetsAt: 0, syncedAt: 0, windowMs };
      s.known = r.hits;
      s.resetsAt = at + r.ttl;
      s.syncedAt = at;
      s.windowMs = windowMs;
      states.set(r.key, s);
    }
  };

  const sweep = () => {
    const t = now();
    for (const [k, s] of states) if (s.resetsAt <= t && s.pending === 0 && s.inflight === 0) states.delete(k);
    if (states.size > MAX_KEYS) for (const [k, s] of states) if (s.pending === 0 && s.inflight === 0) states.delete(k);
    void db
      .execute("DELETE FROM rate_limit_windows WHERE resets_at < now() - interval '1 minute'")
      .catch(() => undefined);
  };

  // One flush at a time; a request for another while one runs runs it after.
  const flushOnce = async (): Promise<void> => {
    const t = now();
    // Keys of one window length share a statement (the window is set on a key's first write).
    const byWindow = new Map<number, [string, KeyState, number][]>();
    for (const [k, s] of states) {
      if (s.pending === 0) continue;
      const n = s.pending;
      s.pending = 0;
      if (s.resetsAt <= t) continue; // its window has ended: those hits count for nothing now
      s.inflight += n;
      const list = byWindow.get(s.windowMs);
      if (list) list.push([k, s, n]);
      else byWindow.set(s.windowMs, [[k, s, n]]);
    }
    for (const [windowMs, list] of byWindow) {
      let rows: Count[] | null = null;
      try {
        rows = await upsert(
          list.map(([k, , n]) => [k, n]),
          windowMs,
        );
      } catch {
        // Not written: kept for the next flush (a database hiccup loses no hits).
        for (const [, s, n] of list) s.pending += n;
      }
      for (const [, s, n] of list) s.inflight -= n;
      if (rows) learn(rows, now(), windowMs);
    }
  };

  const flush = (): Promise<void> => {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = (async () => {
      do {
        again = false;
        await flushOnce();
      } while (again);
    })().finally(() => {
      flushing = null;
    });
    return flushing;
  };

  const schedule = () => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, FLUSH_MS);
    timer.unref();
  };

  const localOk = (s: KeyState | undefined, limit: number, t: number): s is KeyState =>
    !!s &&
    !closed &&
    s.resetsAt > t &&
    t - s.syncedAt < STALE_MS &&
    s.inflight + s.pending < capOf(limit) &&
    2 * (s.known + s.inflight + s.pending + 1) <= limit;

  const hitLocally = (hits: readonly Hit[]): Count[] | null => {
    if (++hitsSeen % SWEEP_EVERY === 0) sweep();
    const t = now();
    for (const h of hits) if (!localOk(states.get(h.key), h.limit, t)) return null;
    let full = false;
    const counts = hits.map((h) => {
      const s = states.get(h.key) as KeyState;
      s.pending += 1;
      if (s.inflight + s.pending >= capOf(h.limit)) full = true;
      return { key: h.key, hits: s.known + s.inflight + s.pending, ttl: s.resetsAt - t };
    });
    if (full) void flush();
    else schedule();
    return counts;
  };

  return {
    hitLocally,
    async hit(hits, timeWindow) {
      const local = hitLocally(hits);
      if (local) return local;
      const t = now();
      const found = hits.map((h) => states.get(h.key));
      // Near a limit, stale or new: count in the shared store now, with what this instance holds unwritten.
      const taken = hits.map((h, i) => {
        const s = found[i];
        const n = s && s.resetsAt > t ? s.pending : 0;
        if (s) {
          s.pending = 0;
          s.inflight += n;
        }
        return n;
      });
      const settle = () => hits.forEach((_, i) => found[i] && (found[i].inflight -= taken[i] ?? 0));
      let rows: Count[];
      try {
        rows = await upsert(
          hits.map((h, i) => [h.key, (taken[i] ?? 0) + 1]),
          timeWindow,
        );
      } catch (error) {
        settle();
        hits.forEach((_, i) => found[i] && (found[i].pending += taken[i] ?? 0));
        throw error;
      }
      settle();
      learn(rows, now(), timeWindow);
      return rows;
    },
    flush,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await flush();
    },
  };
}
