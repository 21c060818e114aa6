import type { FastifyRequest } from 'fastify';

/**
 * The path a request is judged by (issue 18 item 1). The router decodes a
 * percent-encoded path (`/%61pi/v1/auth/me` reaches `/api/v1/auth/me`), so a
 * guard that tests the raw `req.url` can be walked around. Guards decide on
 * the route that matched (its pattern); only a request no route took (the
 * not-found handler, or the web app's catch-all `/*`) falls back to its path
 * decoded the way the router decodes it.
 */
export function matchedPath(req: FastifyRequest): string {
  const route = req.routeOptions.url;
  if (route !== undefined && route !== '/*') return route;
  const raw = req.url;
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const JSON_API = /^\/api\/v1(\/|$)/;
const UNDER_API = /^\/api(\/|$)/;
const NOT_WEB = /^\/(api|healthz|readyz|metrics)(\/|$)/;

/** Whether a request is for the JSON API (/api/v1: its response headers). */
export const isJsonApiRequest = (req: FastifyRequest): boolean => JSON_API.test(matchedPath(req));

/** Whether a request is under /api (the JSON API and its docs): never answered with the web app's page. */
export const isUnderApi = (req: FastifyRequest): boolean => UNDER_API.test(matchedPath(req));

/** Whether a request is for the web app's files (not the API, docs or probes): exempt from the rate limit. */
export function isWebAsset(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return !NOT_WEB.test(matchedPath(req));
}
