import type { AuthContext } from '../../access.ts';

/**
 * A short-lived, in-process cache of resolved sessions, so an authenticated
 * read costs no database round trip (bench/api.bench.ts). Changes that alter
 * who may do what in this process (logout, revocation, lockout, an employer
 * decision) clear it at once; another instance sees them within `ttlMs`
 * (docs/adr/0005-session-cache.md).
 */
export interface SessionCache {
  get(idHash: string, nowMs: number): AuthContext | undefined;
  set(idHash: string, auth: AuthContext, nowMs: number): void;
  clear(): void;
}

export function createSessionCache(ttlMs = 5_000, maxEntries = 10_000): SessionCache {
  const entries = new Map<string, { auth: AuthContext; until: number }>();
  return {
    get(idHash, nowMs) {
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
    clear() {
      entries.clear();
    },
  };
}
