import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { changeLanguage } from '../i18n/i18n.ts';
import { App } from './app.tsx';
import { act } from '../test-support/act.ts';

// antd reads matchMedia for its responsive grid; jsdom has none.
beforeAll(() => {
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
  // Lazy pages and antd settle asynchronously; the tests poll with waitFor instead of wrapping each update in act().
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const realFetch = globalThis.fetch;
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  globalThis.fetch = realFetch;
});

function answerWithoutSession() {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify({ error: { code: 'AUTH.UNAUTHENTICATED', message: '请先登录', requestId: 'r' } }), {
        status: 401,
      }),
  );
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return fetch;
}

async function renderAt(path: string) {
  window.history.pushState({}, '', path);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<App />));
  return container;
}

describe('App without a session', { timeout: 30_000 }, () => {
  it('sends a deep link to the login page in Chinese and remembers where to return', async () => {
    await changeLanguage('zh-CN');
    const fetch = answerWithoutSession();
    const container = await renderAt('/admin/users');
    await vi.waitFor(() => expect(container.textContent).toContain('单位自助注册'), { timeout: 15_000 });
    expect(window.location.pathname).toBe('/login');
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/admin/users');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('zh-CN');
  });

  it('shows the login page in English after switching, and keeps the choice', async () => {
    answerWithoutSession();
    await changeLanguage('en');
    const container = await renderAt('/login');
    await vi.waitFor(() => expect(container.textContent).toContain('Register your employer'), { timeout: 15_000 });
    expect(localStorage.getItem('jifen.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await changeLanguage('zh-CN');
  });
});
