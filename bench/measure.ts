// Shared timing helpers: run a function for a fixed wall-clock budget after a
// warm-up and report operations per second (one core: single-threaded loop).

export interface Measured {
  name: string;
  opsPerSec: number;
  iterations: number;
}

export function measureSync(name: string, fn: () => unknown, budgetMs = 1500): Measured {
  const warmUntil = performance.now() + budgetMs / 3;
  while (performance.now() < warmUntil) for (let i = 0; i < 100; i++) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < budgetMs) {
    for (let i = 0; i < 200; i++) fn();
    n += 200;
    now = performance.now();
  }
  return { name, opsPerSec: (n * 1000) / (now - start), iterations: n };
}

export async function measureAsync(name: string, fn: () => Promise<unknown>, budgetMs = 1500): Promise<Measured> {
  const warmUntil = performance.now() + budgetMs / 3;
  while (performance.now() < warmUntil) await fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < budgetMs) {
    for (let i = 0; i < 20; i++) await fn();
    n += 20;
    now = performance.now();
  }
  return { name, opsPerSec: (n * 1000) / (now - start), iterations: n };
}

export function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
