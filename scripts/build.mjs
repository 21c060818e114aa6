// `npm run build`: the production build (issue 21). TypeScript is compiled to
// JavaScript beside each package (`dist/`), so plain node runs the server
// and the CLI without tsx: packages/domain, policies (its JSON data copied
// by tsc), packages/contracts, then apps/api (its SQL migrations copied
// beside the code, where the compiled migrate.js looks for them), then the
// web UI (Vite). Node resolves @jifen/* to their dist through the
// "jifen-dist" export condition (`node --conditions=jifen-dist`, as
// `npm run start:prod` and apps/api/bin/jifen.mjs do); every other tool
// (tsx, Vite, Vitest, tsc) keeps reading the sources.
// Types are checked by `npm run typecheck`; this build only emits (noCheck).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const packages = ['packages/messages', 'packages/domain', 'policies', 'packages/contracts', 'apps/api'];
const skipWeb = process.argv.includes('--no-web');

function fail(what, code) {
  console.error(`jifen build: ${what} failed (exit ${code}); see above.`);
  process.exit(1);
}

// Emit only (noCheck) needs no other package's declarations, so the four compile side by side.
const compiled = await Promise.all(
  packages.map((dir) => {
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    console.log(`jifen build: ${dir} -> ${dir}/dist`);
    const child = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(dir, 'tsconfig.build.json')], {
      stdio: 'inherit',
    });
    return new Promise((resolve) => child.on('close', (code) => resolve({ dir, code })));
  }),
);
for (const { dir, code } of compiled) if (code !== 0) fail(`tsc -p ${dir}/tsconfig.build.json`, code);

const migrationsOut = 'apps/api/dist/migrations';
mkdirSync(migrationsOut, { recursive: true });
for (const file of readdirSync('apps/api/src/migrations').filter((f) => f.endsWith('.sql'))) {
  cpSync(join('apps/api/src/migrations', file), join(migrationsOut, file));
}

if (!skipWeb) {
  console.log('jifen build: apps/web -> apps/web/dist');
  // A production bundle whatever NODE_ENV the caller has (a test runner sets "test", and React would
  // then ship its development build: 60 KB more on every page).
  const web = spawnSync('npm', ['run', 'build', '-w', '@jifen/web'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (web.status !== 0) fail('npm run build -w @jifen/web', web.status ?? web.signal);
}
console.log('jifen build: done. Run it with `npm run start:prod` (see README "Production").');
