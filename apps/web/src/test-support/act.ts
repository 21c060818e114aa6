import { act as reactAct } from 'react';

type ActEnvironment = { IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * React's act() with the act environment on for the call only. The tests that
 * poll with waitFor turn the environment off (installMatchMedia), and the web
 * suites share one module registry, so it stays off for the files after them:
 * each act() then warned that the environment is not configured for it
 * (1,174 lines of a CI log, burying its failures). Put back afterwards, so
 * that a waitFor test's own updates still run outside act() without a warning.
 */
export function act(callback: () => void): void;
export function act(callback: () => Promise<unknown>): Promise<void>;
export function act(callback: () => unknown): void | Promise<void> {
  const env = globalThis as ActEnvironment;
  const before = env.IS_REACT_ACT_ENVIRONMENT;
  env.IS_REACT_ACT_ENVIRONMENT = true;
  let awaited = false;
  const restore = () => {
    env.IS_REACT_ACT_ENVIRONMENT = before;
  };
  try {
    const done = reactAct(() => {
      const result = callback();
      if (typeof result === 'object' && result !== null && 'then' in result) {
        awaited = true;
        return result as Promise<void>;
      }
      return undefined;
    });
    if (awaited) return Promise.resolve(done).finally(restore);
    restore();
    return undefined;
  } catch (error) {
    restore();
    throw error;
  }
}
