import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const API_SUITE_OPTIONS: {
  environment: 'node';
  globalSetup: string[];
  setupFiles: string[];
  testTimeout: number;
  hookTimeout: number;
} = {
  environment: 'node',
  // One template database per state for the whole run (apps/api/test/support/templates.ts).
  globalSetup: ['apps/api/test/support/templates-setup.ts'],
  // Passwords the suites make are hashed at a lower scrypt cost (the file says why).
  setupFiles: ['apps/api/test/support/cheap-passwords.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

/**
 * The API suites, as two lists: those that replace a module with vi.mock (a
 * mock only takes hold in a module registry of the suite's own, so these run
 * isolated) and the others. Found by reading the files, so that a new suite
 * lands in the right one. Listed rather than excluded: a project's own
 * `exclude` would override the command line's (npm test's --exclude).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const apiSuites = ['apps/api/src', 'apps/api/test'].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f).split(path.sep).join('/')),
);
const mocks = (file: string) => readFileSync(path.join(root, file), 'utf8').includes('vi.mock(');
const mockingApiSuites = apiSuites.filter(mocks);
const sharedApiSuites = apiSuites.filter((f) => !mockingApiSuites.includes(f));

// One runner for the whole workspace. Each area is a project so that the
// web tests get jsdom and the database suites get longer timeouts.
//
// The API and domain suites share one module registry per worker (isolate:
// false): importing the app afresh for each of a hundred files was about 30 %
// of the unit and database suites' CPU time (714 s against 500 s, 2 workers).
// Each suite still opens its own database and app, and one that changes
// process.env puts it back.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['packages/*/src/**/*.test.ts', 'policies/**/*.test.ts'],
          environment: 'node',
          isolate: false,
        },
      },
      {
        test: {
          name: 'api',
          include: sharedApiSuites,
          isolate: false,
          ...API_SUITE_OPTIONS,
        },
      },
      {
        test: {
          name: 'api-mocking',
          include: mockingApiSuites,
          ...API_SUITE_OPTIONS,
        },
      },
      {
        test: {
          // The repository itself: the lockfile and the README a newcomer follows.
          name: 'repo',
          include: ['scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          isolate: false,
          // A test that renders antd pages takes 0.7 s on a quiet machine and 5.3 s beside npm test's other
          // lanes at a load average of 15: the default 5 s failed it there.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
