import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { POLICY_BUSINESS_DATE, WORKFLOW_BUSINESS_DATE } from './support/demo-data.ts';
import { fakeSmsEnv } from './support/fake-sms.ts';

// Browser journeys against Debian's Chromium (never `npx playwright install`)
// and a freshly built app on a free port with an empty embedded database.
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium was not found at ${chromiumPath}. Install it with the CJK fonts:\n` +
      '  apt-get install -y --no-install-recommends chromium fonts-noto-cjk\n' +
      'or point CHROMIUM_PATH at a Chromium binary.',
  );
}

// Workers load this file again: the port chosen by the main process is kept in the environment.
process.env.JIFEN_E2E_PORT ??= execFileSync(process.execPath, [path.join(here, 'free-port.mjs')], {
  encoding: 'utf8',
}).trim();
const port = process.env.JIFEN_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;
// The application journeys (issue #5) run against a second server of their
// own, on BUSINESS_DATE: on that day every month of the demo records has its
// wage year loaded, so R-1 can approve automatically (from 2026 the 2025
// average wage is still missing, P-2). Its own database also keeps these
// journeys from changing what the role journeys see.
process.env.JIFEN_E2E_WORKFLOW_PORT ??= execFileSync(process.execPath, [path.join(here, 'free-port.mjs')], {
  encoding: 'utf8',
}).trim();
const workflowPort = process.env.JIFEN_E2E_WORKFLOW_PORT;
// The policy-data journeys (issue #9) run on a third server on 2026-12-15: a
// submission that day needs the 2027 calendar and the 2025 wage, which an
// administrator then enters and a second one publishes.
// The application journeys' server sends SMS through Aliyun's SDK to a local fake provider on this port (issue #12).
process.env.JIFEN_E2E_FAKE_SMS_PORT ??= execFileSync(process.execPath, [path.join(here, 'free-port.mjs')], {
  encoding: 'utf8',
}).trim();
const fakeSmsPort = process.env.JIFEN_E2E_FAKE_SMS_PORT;
process.env.JIFEN_E2E_POLICY_PORT ??= execFileSync(process.execPath, [path.join(here, 'free-port.mjs')], {
  encoding: 'utf8',
}).trim();
const policyPort = process.env.JIFEN_E2E_POLICY_PORT;
// Issue 17's journeys (holder-timeline.spec.ts) on today's date on a fourth server: they renew 李明 and change
// 刘洋's and 杨磊's permits, which the main server's journeys read as the demo data leaves them.
process.env.JIFEN_E2E_TIMELINE_PORT ??= execFileSync(process.execPath, [path.join(here, 'free-port.mjs')], {
  encoding: 'utf8',
}).trim();
const timelinePort = process.env.JIFEN_E2E_TIMELINE_PORT;
// Issue 22's words walk sees the demo exactly as a new user does on today's date: a server of its own, so
// what other journeys typed (test accounts, test figures) is not on its pages.
process.env.JIFEN_E2E_WORDS_PORT ??= execFileSync(process.execPath, [path.join(here, 'free-port.mjs')], {
  encoding: 'utf8',
}).trim();
const wordsPort = process.env.JIFEN_E2E_WORDS_PORT;

export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.ts',
  // Several runs may share a working tree: E2E_OUTPUT_DIR keeps them from wiping each other's traces.
  outputDir: process.env.E2E_OUTPUT_DIR ?? path.join(repoRoot, 'test-results'),
  // Generous: a journey signs in several times and the CI machines are shared
  // (the review journey took 3.1 min once on a loaded 2-core machine).
  timeout: 300_000,
  // The unit suites run beside the journeys (scripts/test.mjs): a wait only lasts as long as the page needs.
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // Two at a time, but one per server: each project's files share their
  // server's database and run in order, while the projects (each with its own
  // server) overlap.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // axe-core is injected as a script tag (support/axe.ts), which the app's CSP (script-src 'self') refuses.
    bypassCSP: true,
    // No filmstrip in the trace: its screencast kept Chromium's GPU process busy for the whole run; DOM snapshots remain.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      workers: 1,
      testIgnore: [
        '**/applications.spec.ts',
        '**/review-workbench.spec.ts',
        '**/policy-*.spec.ts',
        '**/holder-timeline.spec.ts',
        '**/words.spec.ts',
      ],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'applications',
      workers: 1,
      testMatch: ['**/applications.spec.ts', '**/review-workbench.spec.ts'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://127.0.0.1:${workflowPort}`,
      },
    },
    {
      name: 'policy',
      workers: 1,
      testMatch: '**/policy-*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://127.0.0.1:${policyPort}`,
      },
    },
    {
      name: 'timeline',
      workers: 1,
      testMatch: '**/holder-timeline.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://127.0.0.1:${timelinePort}`,
      },
    },
    {
      name: 'words',
      workers: 1,
      testMatch: '**/words.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://127.0.0.1:${wordsPort}`,
      },
    },
  ],
  // Started in order: the first builds the web app, the second serves the same build.
  webServer: [
    {
      command: `node ${path.join(here, 'start-e2e-server.mjs')}`,
      cwd: repoRoot,
      url: `${baseURL}/readyz`,
      env: { PORT: String(port) },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node ${path.join(here, 'start-e2e-server.mjs')}`,
      cwd: repoRoot,
      url: `http://127.0.0.1:${workflowPort}/readyz`,
      env: {
        PORT: String(workflowPort),
        BUSINESS_DATE: WORKFLOW_BUSINESS_DATE,
        E2E_SKIP_BUILD: '1',
        OUTBOX_POLL_MS: '200',
        FAKE_SMS_PORT: fakeSmsPort,
        ...fakeSmsEnv(Number(fakeSmsPort)),
      },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node ${path.join(here, 'start-e2e-server.mjs')}`,
      cwd: repoRoot,
      url: `http://127.0.0.1:${policyPort}/readyz`,
      env: {
        PORT: String(policyPort),
        BUSINESS_DATE: POLICY_BUSINESS_DATE,
        E2E_SKIP_BUILD: '1',
        OUTBOX_POLL_MS: '200',
      },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node ${path.join(here, 'start-e2e-server.mjs')}`,
      cwd: repoRoot,
      url: `http://127.0.0.1:${timelinePort}/readyz`,
      env: { PORT: String(timelinePort), E2E_SKIP_BUILD: '1', OUTBOX_POLL_MS: '200' },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node ${path.join(here, 'start-e2e-server.mjs')}`,
      cwd: repoRoot,
      url: `http://127.0.0.1:${wordsPort}/readyz`,
      env: { PORT: String(wordsPort), E2E_SKIP_BUILD: '1', OUTBOX_POLL_MS: '200' },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
