import type { AuthContext } from '../../access.ts';
import type { ClusterEvents } from '../../adapters/db/cluster-events.ts';

/**
 * A short-lived, in-process cache of resolved sessions, so an authenticated
 * read costs no database round trip (bench/api.bench.ts). Changes that alter
 * who may do what in this process (logout, revocation, lockout, an employer
 * decision) clear it at once, and with cluster events every other instance
 * clears its own at once too (a NOTIFY, issue 21); while the LISTEN
 * connection is down nothing cached is trusted (docs/adr/0005-session-cache.md).
 */
export interface SessionCache {
  get(idHash: string, nowMs: number): AuthContext | undefined;
  set(idHash: string, auth: AuthContext, nowMs: number): void;
  /** Drops every cached session here and, with cluster events, on every instance; resolves once they are told. */
  clear(): Promise<void>;
}

export function createSessionCache(ttlMs = 5_000, maxEntries = 10_000, events?: ClusterEvents): SessionCache {
  const entries = new Map<string, { auth: AuthContext; until: number }>();
  events?.on('sessions', () => entries.clear());
  return {
    get(idHash, nowMs) {
      if (events && !events.live) {
        // A revocation on another instance could be missed right now: ask the database.
        entries.clear();
        return undefined;
      }
      const e = entries.get(idHash);
      if (!e) return undefined;
      if (e.until <= nowMs || e.until - ttlMs > nowMs) {
        entries.delete(idHash);
        return undefined;
      }
      return e.auth;
    },
    set(idHash, auth, nowMs) {
      if (entries.size >= maxEntries) entries.clear();
      entries.set(idHash, { auth, until: nowMs + ttlMs });
    },
    async clear() {
      entries.clear();
      await events?.publish('sessions');
    },
  };
}
