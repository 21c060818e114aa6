import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../config.ts';

/** The browser engine's surface, as the built bundle exports it. */
export interface WebEngine {
  evaluateInBrowser(
    input: unknown,
    asOf: string,
  ): { ok: true; value: unknown } | { ok: false; error: { code: string } };
}

/**
 * Builds apps/web's assessment engine with the web's own Vite (browser
 * target, its own bundled copy of @jifen/domain, @jifen/policies and zod)
 * and loads the output, so a test compares what the browser runs with
 * what the API answers, not one function called twice.
 */
export async function buildWebEngine(): Promise<WebEngine> {
  const webRoot = path.join(REPO_ROOT, 'apps/web');
  const requireFromWeb = createRequire(path.join(webRoot, 'package.json'));
  const vite = (await import(pathToFileURL(requireFromWeb.resolve('vite')).href)) as typeof import('vite');
  const outDir = mkdtempSync(path.join(tmpdir(), 'jifen-web-engine-'));
  await vite.build({
    configFile: false,
    root: webRoot,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: path.join(webRoot, 'src/features/assessment/engine.ts'), formats: ['es'], fileName: 'engine' },
    },
  });
  return (await import(pathToFileURL(path.join(outDir, 'engine.js')).href)) as WebEngine;
}
