// The server the browser journeys run against: builds the web app, then
// starts the API (which serves apps/web/dist) on PORT with a fresh embedded
// database in a temporary DATA_DIR and the demo data on. The folder is
// removed when Playwright stops the server.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT;
if (!port) {
  console.error('start-e2e-server: PORT is not set (the Playwright config sets it).');
  process.exit(2);
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build', '-w', '@jifen/web'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('start-e2e-server: the web build failed; see above.');
    process.exit(build.status ?? 1);
  }
}

// The application journeys' SMS provider (Aliyun's SDK against a local fake), when asked for.
const fakeSms = process.env.FAKE_SMS_PORT
  ? spawn(process.execPath, ['--import', 'tsx', 'e2e/fake-sms-server.ts'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: process.env,
    })
  : null;

const dataDir = mkdtempSync(path.join(tmpdir(), 'jifen-e2e-'));
const api = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'test',
    PORT: port,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: 'on',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    LOGIN_RATE_LIMIT_MAX: '500',
    RATE_LIMIT_MAX: '5000',
  },
});

function cleanUp() {
  fakeSms?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    api.kill(signal);
  });
}
api.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
