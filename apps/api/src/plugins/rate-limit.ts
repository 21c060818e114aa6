import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import type { Budgets } from './rate-limit-store.ts';

/** A route's own budget (`config.rateLimit`), instead of the app's; `false` for none (health checks). */
export interface RouteRateLimit {
  max: number;
  /** The window: milliseconds, or `n second(s)` / `n minute(s)` / `n hour(s)`. */
  timeWindow: number | string;
  /** When to count: `onRequest` (the default) or `preHandler`, for a key that needs the parsed body (sign-in). */
  hook?: 'onRequest' | 'preHandler';
  keyGenerator?: (req: FastifyRequest) => string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    rateLimit?: RouteRateLimit | false;
  }
}

export interface RateLimitOptions {
  /** The app's budget a window for every route without one of its own. */
  max: number;
  timeWindow: number | string;
  keyGenerator: (req: FastifyRequest) => string;
  /** Requests that spend nothing (the web app's files). */
  allowList: (req: FastifyRequest) => boolean;
  budgets: Budgets;
  /** The error a refused request gets (the error handler answers it as a 429). */
  refusal: () => Error;
}

const UNITS: Record<string, number> = { second: 1_000, minute: 60_000, hour: 3_600_000 };

/** A window in milliseconds. */
export function windowMs(w: number | string): number {
  if (typeof w === 'number') return Math.trunc(w);
  const m = /^\s*(\d+)\s*(second|minute|hour)s?\s*$/.exec(w);
  if (!m) throw new Error(`rate limit window "${w}": give milliseconds or "n second(s)/minute(s)/hour(s)"`);
  return Number(m[1]) * UNITS[m[2]!]!;
}

/**
 * Fixed-window budgets on every route (issue 18), counted in the shared
 * store (rate-limit-store.ts). Issue 20: written for this app instead of
 * @fastify/rate-limit, whose async hook awaited the key, the allow list and
 * the store on every request (several promises per request, most of the
 * cost of a budget far from its limit); here a request whose counts are
 * decided in this instance passes in the same tick, without a promise. The
 * behaviour is the plugin's as jifen used it: a route's own `rateLimit`
 * replaces the app's (its own windows, its own key if it gives one),
 * `false` turns it off, the limit headers go out only with a refusal (with
 * Retry-After), and counting happens in the route's `onRequest` hooks, after
 * the app's (the session is known), or in `preHandler` when asked.
 */
export function registerRateLimit(app: FastifyInstance, opts: RateLimitOptions): void {
  const appWindow = windowMs(opts.timeWindow);
  app.addHook('onRoute', (route) => {
    const own = route.config?.rateLimit;
    if (own === false) return;
    const scope = own ? `${[route.method].flat().join(',')} ${route.url}|` : '';
    const hook = limiter({
      scope,
      max: own ? own.max : opts.max,
      timeWindow: own ? windowMs(own.timeWindow) : appWindow,
      keyGenerator: own?.keyGenerator ?? opts.keyGenerator,
      opts,
    });
    addRouteHook(route, own?.hook ?? 'onRequest', hook);
  });
}

function limiter(l: {
  scope: string;
  max: number;
  timeWindow: number;
  keyGenerator: (req: FastifyRequest) => string;
  opts: RateLimitOptions;
}): onRequestHookHandler {
  const { scope, max, timeWindow, keyGenerator, opts } = l;
  return function rateLimit(req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) {
    if (opts.allowList(req)) return done();
    opts.budgets.spend(scope, keyGenerator(req), timeWindow, max, (err, spent) => {
      if (err) return done(err);
      if (!spent || spent.current <= max) return done();
      const seconds = Math.ceil(spent.ttl / 1000);
      reply
        .header('x-ratelimit-limit', max)
        .header('x-ratelimit-remaining', 0)
        .header('x-ratelimit-reset', seconds)
        .header('retry-after', seconds);
      done(opts.refusal());
    });
  };
}

function addRouteHook(route: RouteOptions, name: 'onRequest' | 'preHandler', hook: onRequestHookHandler): void {
  const given = route[name] as unknown;
  const list = Array.isArray(given) ? given : given ? [given] : [];
  (route as unknown as Record<string, unknown>)[name] = [...list, hook];
}
