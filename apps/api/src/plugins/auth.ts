import type { FastifyInstance } from 'fastify';
import { denied } from '../errors.ts';
import { resolveSession, type AuthDeps } from '../modules/auth/auth.service.ts';

export const SESSION_COOKIE = 'jifen_sid';

/**
 * Every /api/v1 route must declare `config.access` (checked when the route
 * is added, so a route without a rule cannot exist). Each request loads its
 * session from the `jifen_sid` cookie, then the role rule is enforced.
 */
export function registerAuth(app: FastifyInstance, deps: AuthDeps): void {
  app.decorateRequest('auth', null);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no access rule`);
    }
  });
  app.addHook('onRequest', async (req) => {
    const raw = req.cookies[SESSION_COOKIE];
    if (raw) {
      const unsigned = req.unsignCookie(raw);
      if (unsigned.valid && unsigned.value) req.auth = await resolveSession(deps, unsigned.value);
    }
    const access = req.routeOptions.config?.access;
    if (!access || 'public' in access) return;
    if (!req.auth) throw denied.unauthenticated();
    if (!access.roles.includes(req.auth.user.role)) throw denied.forbidden();
  });
}
