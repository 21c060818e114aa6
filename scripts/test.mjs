// `npm test`: the whole suite, as CI runs it. After the prerequisites, lanes
// run side by side, since none needs another's result:
//   checks:  format, lint, the four type checks;
//   browser: the web build, then the browser journeys;
//   vitest:  unit and database suites (PGlite and PostgreSQL), from the
//            start; the production-build suite alone waits for the web build
//            (it serves that build, and two builds must not write
//            apps/web/dist at once) and runs beside the journeys.
// Each lane's lines carry its name. Ends with one summary line
// `tests: N passed, N failed, N skipped`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { checkChromium, checkPostgres } from './prerequisites.mjs';

// Absolute: Playwright resolves a relative report path against its config folder (e2e/).
const reports = path.resolve('artifacts/reports');
mkdirSync(reports, { recursive: true });
// The unit and database suites run in this many halves, each its own vitest process with one worker:
// one process left a core idle for the last third of the run, once the browser and check lanes were done.
const VITEST_SHARDS = 2;
const shardReport = (shard) => `vitest-${shard}.json`;
const shards = Array.from({ length: VITEST_SHARDS }, (_, i) => i + 1);
// A report left by an earlier run must not be counted as this run's.
for (const file of [...shards.map(shardReport), 'vitest-model.json', 'vitest-prod-build.json', 'playwright.json'])
  rmSync(path.join(reports, file), { force: true });
const baseEnv = { ...process.env, TZ: 'UTC' };

/** Runs one step of a lane, its output prefixed with the lane's name; resolves to whether it passed. */
function run(lane, title, cmd, args, extraEnv = {}) {
  const started = Date.now();
  console.log(`[${lane}] === ${title}: ${cmd} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      env: { ...baseEnv, NO_COLOR: '1', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${lane}] ${line}`));
    }
    child.on('error', (e) => console.log(`[${lane}] ${cmd} could not start: ${e.message}`));
    child.on('close', (code) => {
      const took = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`[${lane}] === ${title}: ${code === 0 ? 'ok' : 'FAILED'} in ${took} s`);
      resolve(code === 0);
    });
  });
}

try {
  console.log(await checkPostgres());
  console.log(checkChromium());
} catch (e) {
  console.error(`\nnpm test cannot run: ${e.message}\n`);
  process.exit(1);
}

const steps = [];
const started = Date.now();

async function checksLane() {
  steps.push([
    'format',
    await run('checks', 'format (biome; fix with npm run format)', 'npx', ['biome', 'format', '.']),
  ]);
  steps.push(['lint', await run('checks', 'lint', 'npx', ['eslint', '.'])]);
  // Four programs, each with only its own side's types (issue 23): the API and
  // packages without the DOM, the web without Node, the web's tests and the
  // journeys with both.
  steps.push(['types', await run('checks', 'types', 'npm', ['run', 'typecheck'])]);
}

// The journeys run beside it with their browsers and five servers: the suites take half the cores.
const vitestWorkers = Math.max(1, Math.ceil(availableParallelism() / 2));

// The production-build suite: it waits for the web build (see the top).
const PROD_BUILD_SUITE = 'scripts/prod-build.test.ts';
// The longest suite (a quarter of the vitest lane): run in a lane of its own once the checks are done,
// so that it uses the core they free instead of lengthening the one vitest worker's queue.
const MODEL_SUITE = 'apps/api/test/holder-model.test.ts';
const vitestArgs = (report, ...rest) => [
  'vitest',
  'run',
  `--maxWorkers=${vitestWorkers}`,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reports}/${report}`,
  ...rest,
];

async function vitestLane(shard) {
  const args = vitestArgs(
    shardReport(shard),
    `--shard=${shard}/${VITEST_SHARDS}`,
    `--exclude=${PROD_BUILD_SUITE}`,
    `--exclude=${MODEL_SUITE}`,
  );
  const title = `unit and database suites, half ${shard} of ${VITEST_SHARDS}`;
  steps.push([`vitest ${shard}`, await run(`vitest${shard}`, title, 'npx', args)]);
}
const vitestLanes = () => Promise.all(shards.map(vitestLane));

async function checksThenModel() {
  await checksLane();
  const args = vitestArgs('vitest-model.json', MODEL_SUITE);
  steps.push(['holder model', await run('model', "one holder's model-based test", 'npx', args)]);
}

async function prodBuildSuite() {
  if (!built) return;
  const args = vitestArgs('vitest-prod-build.json', PROD_BUILD_SUITE);
  steps.push(['production build', await run('prod', 'production-build suite', 'npx', args)]);
}

let built = false;
async function journeys() {
  if (!built) return;
  const env = { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json`, E2E_SKIP_BUILD: '1' };
  const args = ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'];
  steps.push(['browser', await run('browser', 'browser journeys', 'npx', args, env)]);
}

async function buildThenSuites() {
  built = await run('browser', 'web build', 'npm', ['run', 'build', '-w', '@jifen/web']);
  steps.push(['web build', built]);
  await Promise.all([prodBuildSuite(), journeys()]);
}

await Promise.all([checksThenModel(), vitestLanes(), buildThenSuites()]);

const counts = { passed: 0, failed: 0, skipped: 0 };
for (const shard of shards) countVitest(`${reports}/${shardReport(shard)}`);
countVitest(`${reports}/vitest-model.json`);
if (built) countVitest(`${reports}/vitest-prod-build.json`);
countPlaywright(`${reports}/playwright.json`);
function missingReport(file) {
  // A suite whose report is missing must not read as "0 failed".
  console.log(`\nThe test report ${file} is missing: the suite's tests were not counted.`);
  steps.push([`report ${path.basename(file)}`, false]);
}

const failedSteps = steps.filter(([, okay]) => !okay).map(([name]) => name);
console.log(`\nall lanes done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`failed steps: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
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
