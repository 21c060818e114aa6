import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { changeLanguage } from '../../i18n/i18n.ts';
import { App } from '../../app/app.tsx';
import { messages as PUBLIC_HOME_MESSAGES } from './messages.ts';
import { act } from '../../test-support/act.ts';

// Issue 10, item 3: `/` used to send every visitor to /login.
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

async function renderHomeWithoutSession(): Promise<HTMLElement> {
  globalThis.fetch = vi.fn(
    async () =>
      new Response(JSON.stringify({ error: { code: 'AUTH.UNAUTHENTICATED', message: '请先登录', requestId: 'r' } }), {
        status: 401,
      }),
  ) as unknown as typeof globalThis.fetch;
  window.history.pushState({}, '', '/');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<App />));
  await vi.waitFor(() => expect(container.querySelector('[data-testid="public-home"]')).not.toBeNull(), {
    timeout: 15_000,
  });
  return container;
}

const hrefs = (container: HTMLElement) => [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('the public home for a visitor without a session', { timeout: 30_000 }, () => {
  it('stays on / and links the self-assessment, the consultation request and sign-in, in Chinese', async () => {
    await changeLanguage('zh-CN');
    const container = await renderHomeWithoutSession();
    expect(window.location.pathname).toBe('/');
    expect(hrefs(container)).toEqual(
      expect.arrayContaining(['/assess', '/consult', '/consult/ask', '/login', '/register-employer']),
    );
    // Issue 22: the online consultation is reached from the home page too.
    for (const text of ['积分自测', '预约咨询', '在线咨询', '登录办理']) expect(container.textContent).toContain(text);
  });

  it('in English too, with no Chinese left but the product name and the language switch', async () => {
    await changeLanguage('en');
    const container = await renderHomeWithoutSession();
    expect(container.textContent).toContain('Self-assessment');
    expect(container.textContent).toContain('Ask for a consultation');
    expect(container.textContent?.replace('积分 jifen', '').replace('中文', '')).not.toMatch(/\p{Script=Han}/u);
    await changeLanguage('zh-CN');
  });

  it('has every text in both languages', () => {
    const zh = Object.keys(PUBLIC_HOME_MESSAGES['zh-CN'].publicHome).sort();
    expect(Object.keys(PUBLIC_HOME_MESSAGES.en.publicHome).sort()).toEqual(zh);
    for (const text of Object.values(PUBLIC_HOME_MESSAGES.en.publicHome)) expect(text).not.toMatch(/\p{Script=Han}/u);
  });
});
