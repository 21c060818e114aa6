import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { fail, text } from '../errors.ts';

export interface SecurityOptions {
  cookieSecret: Buffer;
  secureCookies: boolean;
  rateLimitMax: number;
}

export const CSRF_COOKIE = 'jifen_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Helmet (CSP for the built web app), rate limits, cookies and CSRF.
 * CSRF: a signed, httpOnly, SameSite=Strict secret cookie plus a token in
 * the `x-csrf-token` header on every state-changing /api request, login
 * included (docs/adr/0002-csrf.md).
 */
export async function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  const helmetOptions: FastifyHelmetOptions = {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(opts.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: opts.secureCookies,
  };
  await app.register(helmet, helmetOptions);
  // @fastify/helmet rebuilds its middleware on every request. JSON API routes
  // get the very same headers, computed once, from a cheap hook instead.
  const apiHeaders = await helmetHeaders(helmetOptions);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1/')) route.config = { ...route.config, helmet: { skipRoute: true } } as typeof route.config;
  });
  app.addHook('onRequest', (req, reply, done) => {
    if (req.url.startsWith('/api/v1/')) reply.headers(apiHeaders);
    done();
  });
  await app.register(rateLimit, {
    global: true,
    max: opts.rateLimitMax,
    timeWindow: '1 minute',
    errorResponseBuilder: () => fail('RATE_LIMITED', text('请求过于频繁，请稍后再试', 'Too many requests; try again later')),
  });
  await app.register(cookie, { secret: opts.cookieSecret.toString('base64') });
  await app.register(csrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: opts.secureCookies, signed: true },
    getToken: (req) => {
      const header = req.headers[CSRF_HEADER];
      return typeof header === 'string' ? header : undefined;
    },
  });
  app.addHook('onRequest', (req, reply, done) => {
    if (!UNSAFE.has(req.method) || !req.url.startsWith('/api/')) return done();
    app.csrfProtection(req, reply, done);
  });
}

/** The headers helmet sets with these options, read once from a throwaway instance. */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify();
  await probe.register(helmet, options);
  probe.get('/', async () => ({}));
  const res = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  const skip = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);
  return Object.fromEntries(
    Object.entries(res.headers)
      .filter(([k, v]) => !skip.has(k) && typeof v === 'string')
      .map(([k, v]) => [k, v as string]),
  );
}
