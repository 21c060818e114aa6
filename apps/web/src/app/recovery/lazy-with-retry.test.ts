import { describe, expect, it, vi } from 'vitest';
import {
  CHUNK_RELOAD_KEY,
  ChunkLoadError,
  importWithRecovery,
  isChunkLoadFailure,
  type ChunkRecoveryEnv,
} from './lazy-with-retry.ts';

// What Chromium throws when a page chunk answers 429 (issue 10, item 12).
const chromiumFailure = () =>
  new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:3000/assets/login-page-abc.js');

function memoryEnv(
  now = 1_000_000,
): ChunkRecoveryEnv & { store: Map<string, string>; reload: ReturnType<typeof vi.fn<() => void>> } {
  const store = new Map<string, string>();
  return {
    store,
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
    reload: vi.fn<() => void>(),
    now: () => now,
    wait: async () => undefined,
  };
}

describe('importWithRecovery', () => {
  it("recognises the browsers' failed dynamic import messages, not other errors", () => {
    expect(isChunkLoadFailure(chromiumFailure())).toBe(true);
    expect(isChunkLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadFailure(new Error('Cannot read properties of undefined'))).toBe(false);
  });

  it('retries once and succeeds without reloading when the chunk comes back', async () => {
    const env = memoryEnv();
    const load = vi.fn().mockRejectedValueOnce(chromiumFailure()).mockResolvedValueOnce({ default: 'page' });
    await expect(importWithRecovery(load, env)).resolves.toEqual({ default: 'page' });
    expect(load).toHaveBeenCalledTimes(2);
    expect(env.reload).not.toHaveBeenCalled();
  });

  it('reloads the page once when the retry fails too, and remembers when', async () => {
    const env = memoryEnv();
    const load = vi.fn().mockRejectedValue(chromiumFailure());
    const pending = importWithRecovery(load, env);
    await vi.waitFor(() => expect(env.reload).toHaveBeenCalledTimes(1));
    expect(env.store.get(CHUNK_RELOAD_KEY)).toBe('1000000');
    let settled = false;
    void pending.finally(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
  });

  it('gives up with a ChunkLoadError instead of reloading in a loop', async () => {
    const env = memoryEnv();
    env.store.set(CHUNK_RELOAD_KEY, String(1_000_000 - 5_000));
    const load = vi.fn().mockRejectedValue(chromiumFailure());
    await expect(importWithRecovery(load, env)).rejects.toBeInstanceOf(ChunkLoadError);
    expect(env.reload).not.toHaveBeenCalled();
  });

  it('passes other errors through untouched, without retrying', async () => {
    const env = memoryEnv();
    const bug = new Error('boom');
    const load = vi.fn().mockRejectedValue(bug);
    await expect(importWithRecovery(load, env)).rejects.toBe(bug);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
