#!/usr/bin/env node
// `jifen` entry point. In a development checkout it registers tsx so the
// TypeScript sources run as they are. In a production install (`npm run
// build`, then `npm ci --omit=dev`: no tsx) it runs the compiled CLI in
// dist/, with node's "jifen-dist" export condition so @jifen/* resolve to
// their compiled dist too (re-running node with it when it is not set).
// JIFEN_CLI_BUILT=1 picks the compiled CLI in a development checkout.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const compiled = new URL('../dist/cli.js', import.meta.url);
const hasTsx = (() => {
  try {
    createRequire(import.meta.url).resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
})();
const useCompiled = !hasTsx || process.env.JIFEN_CLI_BUILT === '1';
const distCondition = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
  /^--conditions?=jifen-dist$/.test(a),
);

if (useCompiled && !existsSync(compiled)) {
  process.stderr.write(
    'jifen: 未找到编译后的命令行（dist/cli.js），请先运行 npm run build。\n' +
      'jifen: the compiled CLI (dist/cli.js) is missing and tsx is not installed: run `npm run build` first.\n',
  );
  process.exit(70);
}
if (useCompiled && !distCondition) {
  const r = spawnSync(process.execPath, ['--conditions=jifen-dist', fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 70);
}

let cli;
if (useCompiled) {
  cli = await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli.ts');
}
try {
  process.exitCode = await cli.runCli(args);
} catch (error) {
  process.stderr.write(
    `内部错误 Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = cli.EXIT_INTERNAL;
}
