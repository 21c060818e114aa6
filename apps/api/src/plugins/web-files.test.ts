import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWeb } from './web.ts';
import { chooseEncoding, type WebFile } from './web-files.ts';

// Issue 20: the built files are served from memory with the brotli and gzip
// copies the build wrote beside them, chosen by Accept-Encoding.
const JS = `export const pages = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `第${i}页 page ${i}`))};\n`;
const HTML = `<!doctype html><html><head><script type="module" src="/assets/index-Bx1f9a2c.js"></script></head><body>${'<div id="root"></div>'.repeat(40)}</body></html>`;

describe('web files from memory (issue 20)', () => {
  let dist: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'jifen-web-files-'));
    mkdirSync(path.join(dist, 'assets'));
    const write = (name: string, body: string, copies: boolean) => {
      writeFileSync(path.join(dist, name), body);
      if (!copies) return;
      writeFileSync(path.join(dist, `${name}.br`), brotliCompressSync(body));
      writeFileSync(path.join(dist, `${name}.gz`), gzipSync(body));
    };
    write('index.html', HTML, true);
    write('assets/index-Bx1f9a2c.js', JS, true);
    write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
    app = Fastify();
    const fallback = await registerWeb(app, dist);
    app.setNotFoundHandler((req, reply) => {
      if (!fallback(req, reply)) void reply.code(404).send({ error: 'not found' });
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
    app.inject({ method, url, headers });

  it('sends brotli, gzip or the file as it is, as Accept-Encoding allows, with its own length and ETag', async () => {
    const br = await get('/assets/index-Bx1f9a2c.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(JS);
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');

    const gz = await get('/assets/index-Bx1f9a2c.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(JS);
    expect(Number(gz.headers['content-length'])).toBe(gz.rawPayload.length);

    const plain = await get('/assets/index-Bx1f9a2c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(JS);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(JS));

    const tags = new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]);
    expect(tags.size).toBe(3);
  });

  it('never sends a coding the client refused', async () => {
    const noBr = await get('/assets/index-Bx1f9a2c.js', { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(noBr.headers['content-encoding']).toBe('gzip');
    const nothing = await get('/assets/index-Bx1f9a2c.js', { 'accept-encoding': '*;q=0, identity' });
    expect(nothing.headers['content-encoding']).toBeUndefined();
    expect(nothing.body).toBe(JS);
    const file = { br: {}, gzip: {} } as WebFile;
    expect(chooseEncoding('gzip;q=1, br;q=0.1', file)).toBe('gzip');
    expect(chooseEncoding('*', file)).toBe('br');
    expect(chooseEncoding('identity', file)).toBe('identity');
    expect(chooseEncoding('BR', { br: {} } as WebFile)).toBe('br');
    expect(chooseEncoding('gzip', { br: {} } as WebFile)).toBe('identity');
  });

  it('answers a revalidation with 304 and HEAD with the headers of GET', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    // Another encoding is another representation: its ETag does not match.
    const other = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) });
    expect(other.statusCode).toBe(200);
    const head = await get('/assets/index-Bx1f9a2c.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.rawPayload.length).toBe(0);
  });

  it('gives index.html to the app’s pages, a 404 to a missing hashed file, and small files as they are', async () => {
    for (const url of ['/login', '/applications/123', '/index.html']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).toBe(HTML);
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
    expect((await get('/assets/index-OLDHASH1.js')).statusCode).toBe(404);
    expect((await get('/%61ssets/index-OLDHASH1.js')).statusCode).toBe(404);
    expect((await get('/api/v1/nothing')).statusCode).toBe(404);
    const icon = await get('/favicon.svg', { 'accept-encoding': 'br' });
    expect(icon.headers['content-encoding']).toBeUndefined();
    expect(icon.headers.vary).toBeUndefined();
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
    expect((await get('/index.html.br')).body).toBe(HTML);
  });
});
