import { defineConfig } from 'vitest/config';

// One runner for the whole workspace. Each area is a project so that the
// web tests get jsdom and the database suites get longer timeouts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['packages/*/src/**/*.test.ts', 'policies/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.test.ts', 'apps/api/test/**/*.test.ts'],
          environment: 'node',
          // One template database per state for the whole run (apps/api/test/support/templates.ts).
          globalSetup: ['apps/api/test/support/templates-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
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
        },
      },
    ],
  },
});
