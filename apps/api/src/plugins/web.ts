import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { isUnderApi } from './route-path.ts';

const NOT_BUILT = [
  'jifen 积分: the web app is not built yet / 前端尚未构建。',
  '',
  'Build it, then reload / 请先构建前端后刷新:',
  '  npm run build -w @jifen/web',
  '',
  'The API is running: /api/docs, /healthz, /readyz.',
].join('\n');

/** Vite's content-hashed build output: a changed file gets a new name, so it never needs revalidating. */
export const HASHED_ASSETS_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed assets: never stored, so a new release is seen at the next load. */
const NOT_STORED = 'no-store';
/** Other files at the root (icons) keep their names: revalidated on every use (ETag). */
const REVALIDATE = 'no-cache';

/**
 * Serves the built web app (WEB_DIST): hashed assets cached for a year and
 * immutable, index.html never stored (docs/adr/0011). Returns the SPA
 * fallback for the not-found handler: GETs outside /api get index.html.
 */
export async function registerWeb(
  app: FastifyInstance,
  webDist: string,
): Promise<(req: FastifyRequest, reply: FastifyReply) => boolean> {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, reply) => reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT));
    return () => false;
  }
  const assetsDir = path.join(webDist, HASHED_ASSETS_PREFIX);
  await app.register(fastifyStatic, {
    root: webDist,
    index: false,
    wildcard: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      const cacheControl = filePath.startsWith(assetsDir) ? IMMUTABLE : filePath === index ? NOT_STORED : REVALIDATE;
      res.header('cache-control', cacheControl);
    },
  });
  app.get('/', (_req, reply) => reply.sendFile('index.html'));
  return (req, reply) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isUnderApi(req)) return false;
    void reply.type('text/html; charset=utf-8').sendFile('index.html');
    return true;
  };
}
