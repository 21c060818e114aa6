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
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const packages = ['packages/domain', 'policies', 'packages/contracts', 'apps/api'];
const skipWeb = process.argv.includes('--no-web');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`jifen build: \`${cmd} ${args.join(' ')}\` failed (exit ${r.status ?? r.signal}); see above.`);
    process.exit(1);
  }
}

for (const dir of packages) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  console.log(`jifen build: ${dir} -> ${dir}/dist`);
  run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(dir, 'tsconfig.build.json')]);
}

const migrationsOut = 'apps/api/dist/migrations';
mkdirSync(migrationsOut, { recursive: true });
for (const file of readdirSync('apps/api/src/migrations').filter((f) => f.endsWith('.sql'))) {
  cpSync(join('apps/api/src/migrations', file), join(migrationsOut, file));
}

if (!skipWeb) {
  console.log('jifen build: apps/web -> apps/web/dist');
  run('npm', ['run', 'build', '-w', '@jifen/web']);
}
console.log('jifen build: done. Run it with `npm run start:prod` (see README "Production").');
