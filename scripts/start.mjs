// `npm start`: build the web UI when its sources are newer than the last
// build, then run the API server (which serves the UI) on the embedded
// database with demo data. Configuration: see README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

const webRoot = 'apps/web';
const builtIndex = join(webRoot, 'dist', 'index.html');

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const sources = ['src', 'index.html', 'vite.config.ts', '../../packages', '../../policies'].map((p) =>
  join(webRoot, p),
);
const stale =
  !existsSync(builtIndex) || sources.some((p) => existsSync(p) && newestMtime(p) > statSync(builtIndex).mtimeMs);

if (stale) {
  console.log('jifen: building the web UI (once; later starts reuse it) ...');
  const r = spawnSync('npm', ['run', 'build', '-w', '@jifen/web'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('jifen: the web UI did not build; see the output above.');
    process.exit(1);
  }
}

register();
await import('../apps/api/src/main.ts');
