import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import { msg } from '@jifen/messages';
import { fail } from '../errors.ts';
import { sourceOf } from '../modules/auth/login-throttle.ts';
import { isJsonApiRequest, isWebAsset } from './route-path.ts';
import type { Sql } from '../adapters/db/sql.ts';
import { sharedBudgets } from './rate-limit-store.ts';
import { createRateCounter } from './rate-limit-counter.ts';
import { registerRateLimit } from './rate-limit.ts';
import { CSRF_COOKIE } from '../modules/auth/cookies.ts';

export interface SecurityOptions {
  cookieSecret: Buffer;
  secureCookies: boolean;
  rateLimitMax: number;
  /** The signed-in people at one address together get this many people's budgets. */
  addressPeople: number;
  /** Where the rate budgets are counted, shared by every instance (issue 18). */
  db: Sql;
}

export const CSRF_HEADER = 'x-csrf-token';
/** Methods that change nothing; every other one needs the CSRF token. */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Issue 22: POSTs that need no token, by the route that matched (never the
 * URL's spelling). The stateless self-assessment reads no session, cookie or
 * account, stores nothing and answers only its caller (no CORS), so a forged
 * cross-site request gains nothing; scripts call it with a JSON body alone.
 * Its own rate limit still applies. Anything that reads the session or
 * writes a row stays protected.
 */
export const CSRF_EXEMPT: ReadonlySet<string> = new Set(['POST /api/v1/assessments']);

/**
 * JSON API responses are never rendered as pages: they get the header set
 * the OWASP REST Security Cheat Sheet gives for APIs (a CSP that allows
 * nothing, no framing, no sniffing, no caching of personal data), computed
 * once, instead of helmet's page headers rebuilt on every request. Also sent
 * with a refusal the router gives before any hook runs (app.ts).
 */
export function apiHeadersFor(secureCookies: boolean): Readonly<Record<string, string>> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...(secureCookies ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * Everything else (the web app's pages and files, the API docs, the probes):
 * the headers helmet 8 sends with jifen's CSP for the built web app (scripts,
 * styles, fonts and connections to its own origin only, no plugins, no
 * framing), computed once. Issue 20: @fastify/helmet ran two hooks on every
 * request (one async, merging its options again each time) even for the API
 * routes it skipped.
 */
export function pageHeadersFor(secureCookies: boolean): Readonly<Record<string, string>> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(secureCookies ? ['upgrade-insecure-requests'] : []),
  ];
  return {
    'content-security-policy': csp.join(';'),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    ...(secureCookies ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
  };
}

/**
 * Security headers, rate limits, cookies and CSRF.
 * CSRF: a signed, httpOnly, SameSite=Strict secret cookie plus a token in
 * the `x-csrf-token` header on every state-changing request, login
 * included (docs/adr/0002-csrf.md).
 */
export async function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  const apiHeaders = apiHeadersFor(opts.secureCookies);
  const pageHeaders = pageHeadersFor(opts.secureCookies);
  // Decided on the matched route, never the raw URL: `/%61pi/v1/...` is an API request too (issue 18 item 1).
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(isJsonApiRequest(req) ? apiHeaders : pageHeaders);
    done();
  });
  // Counted locally and written in batches while far from a limit (issue 20); what is unwritten is written on close.
  const counter = createRateCounter(opts.db);
  app.addHook('onClose', () => counter.close());
  registerRateLimit(app, {
    max: opts.rateLimitMax,
    timeWindow: '1 minute',
    // A signed-in person has a budget of their own (their user id: signing in
    // 20 times gives no more, issue 18) AND their address has one for its
    // signed-in people (`addressPeople` people's worth: 50 staff behind one
    // office IP are not one person, 20 accounts of one caller are not 20):
    // both must hold (the store counts the two keys of `user|…&people|…`).
    // Anonymous callers share their source's (IP, IPv6 by /64). The user is
    // known here: the route's rate-limit hook runs after the app's auth hook,
    // and only a session that verified sets req.auth. The counts live in the
    // database, so every instance spends one budget (within the slack of
    // rate-limit-counter.ts).
    keyGenerator: (req) =>
      req.auth ? `user|${req.auth.user.id}&people|${sourceOf(req.ip)}` : `source|${sourceOf(req.ip)}`,
    budgets: sharedBudgets(counter, { addressPeople: opts.addressPeople }),
    // The web app's files are not the API: a page load must not spend it (docs/adr/0011).
    allowList: (req) => isWebAsset(req),
    refusal: () => fail('RATE_LIMITED', msg('http.rate')),
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
  // Every state-changing request, whatever its path: no route outside the API
  // takes one, and a test on the URL's spelling could be walked around (issue 18 item 1).
  app.addHook('onRequest', (req, reply, done) => {
    if (SAFE.has(req.method) || CSRF_EXEMPT.has(`${req.method} ${req.routeOptions.url ?? ''}`)) return done();
    app.csrfProtection(req, reply, done);
  });
}
