import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';

const NOT_BUILT = [
  'jifen 积分: the web app is not built yet / 前端尚未构建。',
  '',
  'Build it, then reload / 请先构建前端后刷新:',
  '  npm run build -w @jifen/web',
  '',
  'The API is running: /api/docs, /healthz, /readyz.',
].join('\n');

/**
 * Serves the built web app (WEB_DIST). Returns the SPA fallback for the
 * not-found handler: GETs outside /api get index.html.
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
  await app.register(fastifyStatic, { root: webDist, index: false, wildcard: true });
  app.get('/', (_req, reply) => reply.sendFile('index.html'));
  return (req, reply) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.url.startsWith('/api')) return false;
    void reply.type('text/html; charset=utf-8').sendFile('index.html');
    return true;
  };
}
