import { csrfResponse, errorBody, loginRequest, sessionResponse, userResponse } from '@jifen/contracts';
import { z } from 'zod';
import { anyone, requireUser, signedIn, toSessionUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from './cookies.ts';
import { login, logout } from './auth.service.ts';
import { sourceOf } from './login-throttle.ts';

export interface AuthRouteOptions {
  secureCookies: boolean;
  loginRateLimitMax: number;
}

/** The name a login body tries, normalised as the service does (the body may still be unvalidated junk). */
function loginName(body: unknown): string {
  const name = (body as { username?: unknown } | null)?.username;
  return typeof name === 'string' ? name.trim().toLowerCase().slice(0, 60) : '';
}

export function registerAuthRoutes(app: App, deps: ModuleDeps, opts: AuthRouteOptions): void {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: opts.secureCookies,
    signed: true,
  };

  app.get(
    '/api/v1/auth/csrf',
    { config: { access: anyone }, schema: { tags: ['auth'], response: { 200: csrfResponse } } },
    async (_req, reply) => ({ csrfToken: reply.generateCsrf() }),
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: {
        access: anyone,
        // Per source AND name, after the body is read: 50 staff signing in
        // behind one office IP do not share one budget, and one name cannot
        // be hammered (the throttle in login-throttle.ts bounds guessing).
        rateLimit: {
          max: opts.loginRateLimitMax,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (req) => `login|${sourceOf(req.ip)}|${loginName(req.body)}`,
        },
      },
      schema: {
        tags: ['auth'],
        body: loginRequest,
        response: { 200: userResponse, 401: errorBody, 423: errorBody, 429: errorBody },
      },
    },
    async (req, reply) => {
      const { sessionId, user } = await login(deps, req.body, String(req.id), sourceOf(req.ip));
      reply.setCookie(SESSION_COOKIE, sessionId, cookieOptions);
      // A new CSRF secret for the new session: a token read before sign-in
      // (or planted by someone else) does not carry over (docs/adr/0002).
      delete req.cookies[CSRF_COOKIE];
      reply.generateCsrf();
      return { user: toSessionUser(user) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { access: signedIn }, schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (req, reply) => {
      if (req.auth) await logout(deps, req.auth, String(req.id));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    { config: { access: signedIn }, schema: { tags: ['auth'], response: { 200: userResponse, 401: errorBody } } },
    async (req) => ({ user: toSessionUser(requireUser(req)) }),
  );

  // The web app's "who am I": a visitor is a normal answer (200, user null), not an error the console logs.
  app.get(
    '/api/v1/auth/session',
    { config: { access: anyone }, schema: { tags: ['auth'], response: { 200: sessionResponse } } },
    async (req) => ({ user: req.auth ? toSessionUser(req.auth.user) : null }),
  );
}
