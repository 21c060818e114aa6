import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUnderApi, matchedPath } from './route-path.ts';
import { chooseEncoding, loadWebFiles, notModified, type Encoding, type WebFile } from './web-files.ts';

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
/**
 * index.html names the current hashed assets and other files at the root
 * (icons) keep their names: both are revalidated on every use (ETag, a 304
 * when unchanged), so a new release is seen at the next load.
 */
const REVALIDATE = 'no-cache';

type Headers = Record<string, string>;
type Handler = (req: FastifyRequest, reply: FastifyReply) => FastifyReply;

/** The answer for one file: its headers per encoding computed once, then only a choice per request. */
function fileHandler(file: WebFile, cacheControl: string): Handler {
  const negotiated = !!(file.br || file.gzip);
  const headersOf = (enc: Encoding): Headers => {
    const rep = enc === 'identity' ? file.identity : file[enc]!;
    return {
      'content-type': file.contentType,
      'cache-control': cacheControl,
      etag: rep.etag,
      ...(negotiated ? { vary: 'accept-encoding' } : {}),
      ...(enc === 'identity' ? {} : { 'content-encoding': enc }),
    };
  };
  const answers = (['identity', 'br', 'gzip'] as const)
    .filter((enc) => enc === 'identity' || file[enc])
    .map((enc) => ({ enc, headers: headersOf(enc), rep: enc === 'identity' ? file.identity : file[enc]! }));
  return (req, reply) => {
    const enc = negotiated ? chooseEncoding(req.headers['accept-encoding'], file) : 'identity';
    const a = answers.find((x) => x.enc === enc)!;
    reply.headers(a.headers);
    if (notModified(req.headers['if-none-match'], a.rep.etag)) return reply.code(304).send();
    return reply.send(a.rep.body);
  };
}

/**
 * Serves the built web app (WEB_DIST) from memory (issue 20): every file is
 * read once at startup with the brotli and gzip copies the build wrote
 * beside it, and each request picks the encoding its Accept-Encoding allows
 * (`Vary: Accept-Encoding`). Hashed assets are cached for a year and
 * immutable; index.html and the root's icons are revalidated (docs/adr/0011).
 * Each file is a route of its own, so the guards see a matched route, never a
 * wildcard. Returns the SPA fallback for the not-found handler: GETs outside
 * /api and /assets get index.html; a missing hashed asset is a 404, so a page
 * still open on an older release fails its chunk load and reloads instead of
 * parsing HTML as JavaScript.
 */
export async function registerWeb(
  app: FastifyInstance,
  webDist: string,
): Promise<(req: FastifyRequest, reply: FastifyReply) => boolean> {
  if (!existsSync(path.join(webDist, 'index.html'))) {
    app.get('/', (_req, reply) => reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT));
    return () => false;
  }
  const files = loadWebFiles(webDist);
  for (const [url, file] of files) {
    app.get(url, fileHandler(file, url.startsWith(HASHED_ASSETS_PREFIX) ? IMMUTABLE : REVALIDATE));
  }
  const page = fileHandler(files.get('/index.html')!, REVALIDATE);
  app.get('/', page);
  return (req, reply) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isUnderApi(req)) return false;
    if (matchedPath(req).startsWith(HASHED_ASSETS_PREFIX)) return false;
    page(req, reply);
    return true;
  };
}
