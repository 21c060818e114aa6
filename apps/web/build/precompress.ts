import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text files worth compressing; images, fonts in woff2 and the like are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest|map)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 512;
/** A copy is kept only when it saves at least this share of the bytes. */
const MIN_SAVING = 0.1;

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) next to one file; returns the sizes. */
export async function precompressFile(file: string): Promise<{ raw: number; br?: number; gz?: number }> {
  const raw = await readFile(file);
  if (raw.length < MIN_BYTES) return { raw: raw.length };
  const [b, g] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gz(raw, { level: 9 }),
  ]);
  const sizes: { raw: number; br?: number; gz?: number } = { raw: raw.length };
  const worth = (n: number) => n <= raw.length * (1 - MIN_SAVING);
  if (worth(b.length)) {
    await writeFile(`${file}.br`, b);
    sizes.br = b.length;
  }
  if (worth(g.length)) {
    await writeFile(`${file}.gz`, g);
    sizes.gz = g.length;
  }
  return sizes;
}

/** Precompresses every text file of a built folder (the API serves the copies: apps/api/src/plugins/web-files.ts). */
export async function precompressDir(dir: string): Promise<{ files: number; raw: number; br: number; gz: number }> {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.test(f));
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  // A few at a time: brotli at quality 11 is CPU-bound and the machine may be shared.
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
      const s = await precompressFile(f);
      totals.files++;
      totals.raw += s.raw;
      totals.br += s.br ?? s.raw;
      totals.gz += s.gz ?? s.raw;
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return totals;
}

/**
 * Brotli and gzip copies of the build's text files, written at build time
 * (issue 20): the server then sends the smallest encoding the browser
 * accepts without compressing anything per request.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'jifen-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (!outDir || !(await stat(outDir).catch(() => null))) return;
      const t = await precompressDir(outDir);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(
        `[precompress] ${t.files} files: ${kb(t.raw)} raw, ${kb(t.br)} brotli, ${kb(t.gz)} gzip (copies beside each file)`,
      );
    },
  };
}
