// `npm test`: the whole suite, as CI runs it. Order: prerequisites, lint and
// types, unit + database suites (PGlite and PostgreSQL), web build, browser
// journeys. Ends with one summary line `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { checkChromium, checkPostgres } from './prerequisites.mjs';

const env = { ...process.env, TZ: 'UTC' };
// Absolute: Playwright resolves a relative report path against its config folder (e2e/).
const reports = path.resolve('artifacts/reports');
mkdirSync(reports, { recursive: true });

function run(title, cmd, args) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(`=== ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

try {
  console.log(await checkPostgres());
  console.log(checkChromium());
} catch (e) {
  console.error(`\nnpm test cannot run: ${e.message}\n`);
  process.exit(1);
}

const steps = [];
steps.push(['format', run('format (biome; fix with npm run format)', 'npx', ['biome', 'format', '.'])]);
steps.push(['lint', run('lint', 'npx', ['eslint', '.'])]);
// Four programs, each with only its own side's types (issue 23): the API and
// packages without the DOM, the web without Node, the web's tests and the
// journeys with both.
steps.push(['types', run('types', 'npm', ['run', 'typecheck'])]);
steps.push([
  'vitest',
  run('unit and database suites', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/vitest.json`,
  ]),
]);
const built = run('web build', 'npm', ['run', 'build', '-w', '@jifen/web']);
steps.push(['web build', built]);
if (built) {
  env.PLAYWRIGHT_JSON_OUTPUT_NAME = `${reports}/playwright.json`;
  env.E2E_SKIP_BUILD = '1'; // built just above
  steps.push([
    'browser',
    run('browser journeys', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json']),
  ]);
}

const counts = { passed: 0, failed: 0, skipped: 0 };
countVitest(`${reports}/vitest.json`);
countPlaywright(`${reports}/playwright.json`);
function missingReport(file) {
  // A suite whose report is missing must not read as "0 failed".
  console.log(`\nThe test report ${file} is missing: the suite's tests were not counted.`);
  steps.push([`report ${path.basename(file)}`, false]);
}

const failedSteps = steps.filter(([, okay]) => !okay).map(([name]) => name);
console.log(`\nfailed steps: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length || counts.failed ? 1 : 0);

function countVitest(file) {
  if (!existsSync(file)) return missingReport(file);
  const r = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += r.numPassedTests ?? 0;
  counts.failed += r.numFailedTests ?? 0;
  counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!built) return;
  if (!existsSync(file)) return missingReport(file);
  const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  counts.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  counts.failed += s.unexpected ?? 0;
  counts.skipped += s.skipped ?? 0;
}
