// @ts-check
import tseslint from 'typescript-eslint';

// The dependency rule of ARCHITECTURE.md, enforced here rather than hoped for:
// domain imports nothing of ours and does no I/O; contracts may import domain;
// web never imports the API; an API module never reaches into another
// module's repository.
const domainPurity = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: '@jifen/messages',
          message:
            'The domain asks its own entries, @jifen/messages/domain (and /notifications for the messages sent to people): the whole catalog would load with /assess.',
        },
      ],
      patterns: [
        {
          // The domain's message catalogs are pure data (packages/messages has no dependencies); only its own
          // entry, since the domain runs in the browser and the whole catalog would weigh on /assess.
          group: ['@jifen/*', '!@jifen/messages', '**/apps/**', '**/contracts/**', '**/policies/**'],
          message:
            'packages/domain imports nothing of ours but its message catalogs (@jifen/messages/domain, @jifen/messages/notifications).',
        },
        {
          group: ['node:*', 'fs', 'path', 'os', 'http', 'https', 'child_process', 'crypto'],
          message: 'packages/domain is pure: no I/O, no Node built-ins.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'packages/domain never reads the environment.' },
    { name: 'fetch', message: 'packages/domain does no I/O.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'No clock in the domain: take asOf as an argument.',
    },
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'No clock in the domain: take asOf as an argument.',
    },
    {
      selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
      message: 'No randomness in the domain.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      '.data/**',
      'test-results/**',
      'artifacts/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: domainPurity,
  },
  {
    files: ['packages/messages/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...domainPurity,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@jifen/*', '**/apps/**', 'node:*'], message: 'packages/messages is pure data.' }] },
      ],
    },
  },
  {
    files: ['packages/contracts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@jifen/api', '@jifen/web', '**/apps/**'], message: 'contracts may import domain only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@jifen/api', '**/apps/api/**', 'pg', 'fastify'], message: 'web never imports the API.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/*.repository', '../*/*.repository.ts', '**/apps/web/**'],
              message: "A module never imports another module's repository: call its service.",
            },
          ],
        },
      ],
    },
  },
);
