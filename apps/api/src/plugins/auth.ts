import type { FastifyInstance, FastifyRequest } from 'fastify';
import { denied } from '../errors.ts';
import type { AuthContext } from '../access.ts';
import { cachedSession, hashSessionId, resolveSessionHash, type AuthDeps } from '../modules/auth/auth.service.ts';
import { SESSION_COOKIE } from '../modules/auth/cookies.ts';

/** How many verified session cookies `registerAuth` remembers (then it starts afresh). */
const VERIFIED_COOKIES_MAX = 10_000;

/**
 * Every /api/v1 route must declare `config.access` (checked when the route
 * is added, so a route without a rule cannot exist). Each request loads its
 * session from the `jifen_sid` cookie, then the role rule is enforced.
 */
export function registerAuth(app: FastifyInstance, deps: AuthDeps): void {
  // Checking the cookie's HMAC and hashing the session id (SHA-256) cost more
  // than all the rest of an authenticated read (bench/api.bench.ts). Both
  // depend on the cookie string alone (the signing secret is fixed for the
  // life of the app), so the id hash of a cookie that verified is remembered.
  // Only cookies that verified are kept, so junk cannot fill the map. This
  // caches no authority: the session itself is still checked on every request
  // (session cache with its TTL, cleared by logout, revocation and employer
  // decisions), so a revoked or idle session is refused as before.
  const verified = new Map<string, string>();
  const sessionHashOf = (req: FastifyRequest, raw: string): string | null => {
    const known = verified.get(raw);
    if (known) return known;
    const unsigned = req.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return null;
    const idHash = hashSessionId(unsigned.value);
    if (verified.size >= VERIFIED_COOKIES_MAX) verified.clear();
    verified.set(raw, idHash);
    return idHash;
  };

  /** What a user whose password must be changed may still call. */
  const PASSWORD_CHANGE_EXEMPT = new Set(['/api/v1/auth/me', '/api/v1/auth/logout', '/api/v1/auth/change-password']);
  app.decorateRequest('auth', null);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no access rule`);
    }
  });
  const authorize = (req: FastifyRequest, done: (err?: Error) => void): void => {
    const access = req.routeOptions.config?.access;
    if (!access || 'public' in access) return done();
    if (!req.auth) return done(denied.unauthenticated());
    if (!access.roles.includes(req.auth.user.role)) return done(denied.forbidden());
    if (req.auth.user.mustChangePassword && !PASSWORD_CHANGE_EXEMPT.has(req.routeOptions.url ?? ''))
      return done(denied.passwordChangeRequired());
    done();
  };
  // A callback hook rather than an async one: a session found in the cache is
  // answered without allocating promises; only a database look-up awaits.
  app.addHook('onRequest', (req, _reply, done) => {
    const raw = req.cookies[SESSION_COOKIE];
    const idHash = raw ? sessionHashOf(req, raw) : null;
    if (!idHash) return authorize(req, done);
    const cached = cachedSession(deps, idHash);
    if (cached) {
      req.auth = cached;
      return authorize(req, done);
    }
    resolveSessionHash(deps, idHash).then(
      (auth: AuthContext | null) => {
        req.auth = auth;
        authorize(req, done);
      },
      (err: unknown) => done(err as Error),
    );
  });
}
