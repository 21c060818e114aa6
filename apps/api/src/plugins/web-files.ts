import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The encodings the build writes beside each file (apps/web/build/precompress.ts), best first. */
export type Encoding = 'br' | 'gzip' | 'identity';
const SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/** One representation of a file: its bytes and its strong ETag (each encoding has its own, RFC 9110 8.8.3). */
export interface Representation {
  body: Buffer;
  etag: string;
}

/** A built file held in memory with every encoding it was built in. */
export interface WebFile {
  contentType: string;
  identity: Representation;
  br?: Representation;
  gzip?: Representation;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};

const typeOf = (file: string): string => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

function walk(dir: string, base: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(path.join(dir, entry.name), rel, out);
    else if (entry.isFile()) out.push(rel);
  }
}

function representation(body: Buffer, tag: string, suffix: string): Representation {
  return { body, etag: `"${tag}${suffix}"` };
}

/**
 * Reads a built web folder once, at startup, into a map from URL path
 * (`/assets/index-Bx1f9a2c.js`) to the file and its precompressed copies.
 * The build is a few megabytes and never changes while the server runs (a
 * new build is a new release, started afresh), so a request does no file
 * system work at all: no stat, no readdir, no open (issue 20).
 */
export function loadWebFiles(root: string): Map<string, WebFile> {
  const rel: string[] = [];
  walk(root, '', rel);
  const names = new Set(rel);
  const files = new Map<string, WebFile>();
  for (const name of rel) {
    // A `.br`/`.gz` beside its original is one of its encodings, not a file of its own.
    const copyOf = name.replace(/\.(br|gz)$/, '');
    if (copyOf !== name && names.has(copyOf)) continue;
    const full = path.join(root, name);
    const body = readFileSync(full);
    const tag = createHash('sha256').update(body).digest('base64url').slice(0, 22);
    const file: WebFile = { contentType: typeOf(name), identity: representation(body, tag, '') };
    for (const enc of ['br', 'gzip'] as const) {
      if (names.has(name + SUFFIX[enc])) file[enc] = representation(readFileSync(full + SUFFIX[enc]), tag, `-${enc}`);
    }
    files.set(`/${name}`, file);
  }
  return files;
}

/**
 * The encoding to send for an Accept-Encoding header (RFC 9110 12.5.3):
 * brotli, else gzip, else the file as it is; a coding given `q=0` (or
 * refused through `*;q=0`) is never chosen. Identity is the answer when
 * nothing else is acceptable, as the RFC allows.
 */
export function chooseEncoding(header: string | undefined, file: WebFile): Encoding {
  if (!header || (!file.br && !file.gzip)) return 'identity';
  let br: number | undefined;
  let gzip: number | undefined;
  let star: number | undefined;
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName!.trim().toLowerCase();
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=');
      if (k?.trim().toLowerCase() === 'q') q = Number(v) || 0;
    }
    if (name === 'br') br = q;
    else if (name === 'gzip' || name === 'x-gzip') gzip = q;
    else if (name === '*') star = q;
  }
  const brQ = br ?? star ?? 0;
  const gzipQ = gzip ?? star ?? 0;
  if (file.br && brQ > 0 && (!file.gzip || brQ >= gzipQ)) return 'br';
  if (file.gzip && gzipQ > 0) return 'gzip';
  if (file.br && brQ > 0) return 'br';
  return 'identity';
}

/** Whether an If-None-Match header names this representation's ETag (weak comparison, RFC 9110 13.1.2). */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
