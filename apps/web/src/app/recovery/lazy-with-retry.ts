import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** sessionStorage key: when the app last reloaded itself to heal a failed chunk. */
export const CHUNK_RELOAD_KEY = 'jifen.chunkReloadAt';
/** One automatic reload per this many milliseconds; a second failure inside it shows the error page. */
export const CHUNK_RELOAD_COOLDOWN_MS = 60_000;
const RETRY_DELAY_MS = 800;

/**
 * A chunk that would not load, after one retry and (at most once a minute)
 * one automatic page reload. The error boundary shows it as "part of the
 * page could not be loaded" with a reload button, not as a crash.
 */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(`A part of the app could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ChunkLoadError';
  }
}

/** What the browser reports when a dynamic import fails (Chromium, Firefox, Safari, Vite's preload helper). */
export function isChunkLoadFailure(error: unknown): boolean {
  if (error instanceof ChunkLoadError) return true;
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|ChunkLoadError/i.test(
    error.message,
  );
}

export interface ChunkRecoveryEnv {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  reload: () => void;
  now: () => number;
  wait: (ms: number) => Promise<void>;
}

const browserEnv = (): ChunkRecoveryEnv => ({
  storage: typeof sessionStorage === 'undefined' ? null : sessionStorage,
  reload: () => window.location.reload(),
  now: () => Date.now(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});

/**
 * Loads a chunk; on failure tries once more (a dropped packet, a 429 that
 * has just expired), then reloads the page once, since a new deploy may have
 * renamed the chunks. If the page was reloaded for this less than a minute
 * ago, it gives up with a ChunkLoadError instead of reloading in a loop.
 */
export async function importWithRecovery<T>(load: () => Promise<T>, env: ChunkRecoveryEnv = browserEnv()): Promise<T> {
  try {
    return await load();
  } catch (first) {
    if (!isChunkLoadFailure(first)) throw first;
    await env.wait(RETRY_DELAY_MS);
    try {
      return await load();
    } catch (second) {
      if (!isChunkLoadFailure(second)) throw second;
      const last = Number(env.storage?.getItem(CHUNK_RELOAD_KEY) ?? 0);
      if (env.storage && env.now() - last > CHUNK_RELOAD_COOLDOWN_MS) {
        env.storage.setItem(CHUNK_RELOAD_KEY, String(env.now()));
        env.reload();
        // The page is going away; never settle, so nothing renders an error meanwhile.
        return new Promise<T>(() => undefined);
      }
      throw new ChunkLoadError(second);
    }
  }
}

/** React.lazy with importWithRecovery: every page chunk of the app loads through it. */
export function lazyWithRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => importWithRecovery(load));
}
