import { setScryptCostForTests } from '../../src/security/password.ts';

/**
 * vitest setup file of the API suites: passwords made in a suite (the demo
 * accounts of every template above all) are hashed at scrypt N = 1024, so a
 * sign-in costs ~4 ms of CPU instead of ~65 (password.ts says why).
 */
setScryptCostForTests(1024);
