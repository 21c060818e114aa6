// Issue 21 item 1: the production path. `npm run build` compiles the
// packages and the API to JavaScript, and the compiled server runs with
// plain node (no tsx: Node 20 cannot load a .ts file at all, so a single
// source import left in the build fails the start), finds its migrations,
// policy data, fonts and the web UI, and answers /healthz, /readyz and a
// page. What the compiled code imports must be installed by
// `npm ci --omit=dev`: every bare import is a runtime dependency of its
// workspace, never a dev one.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = ['packages/messages', 'packages/domain', 'policies', 'packages/contracts', 'apps/api'];
const dataDir = mkdtempSync(path.join(tmpdir(), 'jifen-prod-'));
let server: ChildProcess | undefined;
let base = '';
let output = '';

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : [],
  );
}

/** The package a bare specifier names: `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

beforeAll(async () => {
  // The web UI is rebuilt only when absent (npm test builds it after this suite anyway).
  const args = ['scripts/build.mjs', ...(existsSync(path.join(root, 'apps/web/dist/index.html')) ? ['--no-web'] : [])];
  const build = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

  server = spawn(process.execPath, ['--conditions=jifen-dist', 'apps/api/dist/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      JIFEN_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
      DATA_DIR: dataDir,
      PORT: '0',
      DEMO_DATA: 'on',
      LOG_LEVEL: 'warn',
    },
  });
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 150_000;
  while (!base && Date.now() < deadline) {
    const m = /listening on (http:\/\/[^\s]+)/.exec(output);
    if (m) base = m[1]!;
    else if (server.exitCode !== null) break;
    else await new Promise((r) => setTimeout(r, 200));
  }
  expect(base, output).not.toBe('');
}, 400_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

// Generous timeouts: the first requests and each `node` started here share two cores with the rest of the suite.
describe('the compiled server (npm run build, then node without tsx)', { timeout: 60_000 }, () => {
  it('answers /healthz and /readyz (the migrations were found and applied)', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', database: 'pglite' });
  });

  it('serves the web UI and the API (policy data from policies/dist)', async () => {
    const page = await fetch(`${base}/assess`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const districts = await fetch(`${base}/api/v1/districts`);
    expect(districts.status).toBe(200);
    expect(JSON.stringify(await districts.json())).toContain('浦东');
  });

  it('says at startup that the embedded database serves one instance only (item 7)', () => {
    expect(output).toContain('One instance only');
    expect(output).toContain('单实例模式');
  });

  it('finds the notice fonts from the compiled module', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--conditions=jifen-dist',
        '--input-type=module',
        '-e',
        "const m = await import('./apps/api/dist/modules/notices/notice.pdf.js'); console.log(m.cjkFonts().regular.familyName);",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Noto Sans SC');
  });

  it('runs the compiled `jifen` command with plain node', () => {
    const r = spawnSync(process.execPath, ['apps/api/bin/jifen.mjs', 'workdays', 'add', '2026-02-10', '20'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, JIFEN_CLI_BUILT: '1' },
    });
    expect(r.stdout).toContain('2026-03-16');
    expect(r.status).toBe(0);
  });
});

describe('npm ci --omit=dev installs everything the compiled code imports', () => {
  it.each(built)('%s/dist imports only node built-ins, @jifen/* and its own runtime dependencies', (dir) => {
    const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const allowed = new Set(Object.keys(manifest.dependencies ?? {}));
    const missing = new Set<string>();
    for (const file of jsFiles(path.join(root, dir, 'dist'))) {
      const code = readFileSync(file, 'utf8');
      const specifiers = code.matchAll(
        /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm,
      );
      for (const m of specifiers) {
        const spec = m[1] ?? m[2] ?? m[3] ?? '';
        if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('file:')) continue;
        const name = packageOf(spec);
        if (name.startsWith('node:') || builtinModules.includes(name)) continue;
        if (!allowed.has(name)) {
          missing.add(`${path.relative(root, file)} -> ${name}`);
        }
      }
      expect(code, `${file} still imports a .ts file`).not.toMatch(/from\s*['"][^'"]+\.ts['"]/);
    }
    expect([...missing]).toEqual([]);
  });
});
