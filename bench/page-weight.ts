// What a page really loads on a first visit (empty cache): Chromium through
// Playwright opens it and every response it receives is counted, the web
// files and the API's answers alike. "Wire" is what crossed the connection
// (headers plus the body as encoded: brotli or gzip when the server sent
// that); "gzipped" is each body as the page used it, gzipped at level 9,
// the figure the page budgets are given in.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Request } from '@playwright/test';
import { DEMO_PASSWORD } from '../apps/api/src/demo/seed.ts';

export interface PageWeight {
  url: string;
  responses: number;
  wireBytes: number;
  gzipBytes: number;
  /** The web build's files alone (index.html, scripts, styles), gzipped: the app's code, without the API's answers. */
  gzipFilesBytes: number;
  rawBytes: number;
  /** Content-Encoding of the web files as received, e.g. {br: 34}. */
  encodings: Record<string, number>;
}

interface Row {
  url: string;
  wire: number;
  gzip: number;
  raw: number;
  encoding: string;
}

async function rowOf(req: Request): Promise<Row | null> {
  const res = await req.response();
  if (!res) return null;
  const sizes = await req.sizes();
  const body = res.status() === 204 || res.status() === 304 ? Buffer.alloc(0) : await res.body();
  return {
    url: req.url(),
    wire: sizes.responseHeadersSize + sizes.responseBodySize,
    gzip: body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length,
    raw: body.length,
    encoding: res.headers()['content-encoding'] ?? 'identity',
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
}

/** Signs a browser context in as a demo account (the session cookie lands in the context). */
export async function signIn(context: BrowserContext, base: string, username: string): Promise<void> {
  const csrf = await context.request.get(`${base}/api/v1/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await context.request.post(`${base}/api/v1/auth/login`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { username, password: DEMO_PASSWORD },
  });
  if (login.status() !== 200) throw new Error(`sign-in as ${username} failed: ${login.status()} ${await login.text()}`);
}

/** Opens `url` in a context with an empty cache, waits for `ready` to show and weighs everything the page loaded by the time the network is idle. */
export async function weighPage(context: BrowserContext, url: string, ready: string): Promise<PageWeight> {
  const page = await context.newPage();
  const rows: Promise<Row | null>[] = [];
  // Read while the page is open; a response that cannot be read any more is left out.
  page.on('requestfinished', (req) => rows.push(rowOf(req).catch(() => null)));
  await page.goto(url, { waitUntil: 'networkidle' });
  // The page itself must be on screen (not a sign-in redirect or an error), then everything it loads for it.
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  // A lazy part rendered after the first idle (a chunk loaded on mount) is still part of the first load.
  await page.waitForLoadState('networkidle');
  const done = (await Promise.all(rows)).filter((r): r is Row => r !== null);
  page.removeAllListeners('requestfinished');
  await page.close();
  if (process.env.BENCH_WEB_VERBOSE) {
    for (const r of [...done].sort((a, b) => b.gzip - a.gzip))
      console.log(
        `      ${(r.gzip / 1024).toFixed(1).padStart(7)} KB gz  ${r.encoding.padEnd(8)} ${new URL(r.url).pathname}`,
      );
  }
  const encodings: Record<string, number> = {};
  for (const r of done) encodings[r.encoding] = (encodings[r.encoding] ?? 0) + 1;
  return {
    url,
    responses: done.length,
    wireBytes: done.reduce((n, r) => n + r.wire, 0),
    gzipBytes: done.reduce((n, r) => n + r.gzip, 0),
    gzipFilesBytes: done.filter((r) => !new URL(r.url).pathname.startsWith('/api/')).reduce((n, r) => n + r.gzip, 0),
    rawBytes: done.reduce((n, r) => n + r.raw, 0),
    encodings,
  };
}
