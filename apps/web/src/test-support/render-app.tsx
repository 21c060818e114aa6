import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import type { SessionUser } from '../api/contract-types.ts';
import { App } from '../app/app.tsx';
import { act } from './act.ts';

/**
 * Renders the whole app in jsdom at `path`, signed in as `user`, with a fake
 * API: `routes` answer "METHOD /path" with a JSON body (status 200), anything
 * else answers 404 and is recorded, so a test can assert which calls were made.
 */
export interface RenderedApp {
  container: HTMLElement;
  calls: string[];
  unmount: () => void;
}

export function installMatchMedia(): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
  // Lazy pages and antd settle asynchronously; tests poll with waitFor.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
}

/** antd's Table measures its columns with ResizeObserver, which jsdom lacks: an observer that observes nothing. */
export function installResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}

export async function renderAppAs(
  user: SessionUser,
  path: string,
  routes: Record<string, unknown> = {},
): Promise<RenderedApp> {
  const calls: string[] = [];
  globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input).split('?')[0]}`;
    calls.push(key);
    if (key === 'GET /api/v1/auth/me' || key === 'GET /api/v1/auth/session')
      return new Response(JSON.stringify({ user }), { status: 200 });
    if (key in routes) return new Response(JSON.stringify(routes[key]), { status: 200 });
    return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'not found', requestId: 'r' } }), {
      status: 404,
    });
  }) as unknown as typeof globalThis.fetch;
  window.history.pushState({}, '', path);
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  await act(async () => root.render(<App />));
  return {
    container,
    calls,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}
