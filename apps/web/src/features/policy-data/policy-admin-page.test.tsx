import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import type { PolicyDocumentSummary } from '@jifen/contracts';
import { changeLanguage } from '../../i18n/i18n.ts';
import { App } from '../../app/app.tsx';
import { act } from '../../test-support/act.ts';

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
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
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

const admin = {
  id: '11111111-1111-4111-8111-111111111111',
  username: 'admin',
  displayName: '系统管理员',
  role: 'admin',
};
const draft2027: PolicyDocumentSummary = {
  id: '22222222-2222-4222-8222-222222222222',
  kind: 'calendar',
  key: '2027',
  revision: 1,
  status: 'draft',
  origin: 'admin',
  reason: null,
  basedOn: null,
  docHash: 'abc',
  draftedBy: { id: admin.id, name: admin.displayName },
  draftedAt: '2026-12-01T03:00:00.000Z',
  publishedBy: null,
  publishedAt: null,
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API as the contracts describe it, for what this page asks. */
function fakeApi() {
  const fetch = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://localhost');
    const method = init?.method ?? 'GET';
    if (url.pathname === '/api/v1/auth/me' || url.pathname === '/api/v1/auth/session') return json({ user: admin });
    if (url.pathname === '/api/v1/auth/csrf') return json({ csrfToken: 't' });
    if (url.pathname === '/api/v1/admin/policy/pending')
      return json({
        items: [
          { kind: 'calendar', year: 2027, applications: 3, since: '2026-12-04' },
          { kind: 'wage', year: 2025, applications: 0, since: null },
        ],
      });
    if (url.pathname === '/api/v1/admin/policy/documents' && url.searchParams.get('kind') === 'calendar')
      return json({ documents: [draft2027] });
    if (url.pathname === `/api/v1/admin/policy/documents/${draft2027.id}/publish` && method === 'POST') {
      return json({ error: { code: 'POLICY.SAME_ADMIN', message: '起草人不能发布自己的草稿', requestId: 'r' } }, 403);
    }
    return json({ error: { code: 'NOT_FOUND', message: 'not found', requestId: 'r' } }, 404);
  });
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

describe('policy data page', { timeout: 60_000 }, () => {
  it('shows the pending data, the calendar documents, and the API’s refusal when the drafter publishes', async () => {
    await changeLanguage('zh-CN');
    const fetch = fakeApi();
    const container = await renderAt('/admin/policy');
    await vi.waitFor(() => expect(container.textContent).toContain('3 件申请等待 2027 年工作日历（P-2）'), {
      timeout: 30_000,
    });
    // A year with no application waiting is not announced.
    expect(container.textContent).not.toContain('2025 年平均工资');
    await vi.waitFor(() => expect(container.querySelector('[data-testid="publish-2027"]')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(container.querySelector('[data-testid="calendar-documents"]')?.textContent).toContain('草稿');

    act(() => (container.querySelector('[data-testid="publish-2027"]') as HTMLButtonElement).click());
    const ok = await vi.waitFor(() => {
      const button = document.querySelector<HTMLButtonElement>(
        '.ant-popconfirm .ant-btn-primary, .ant-popover .ant-btn-primary',
      );
      expect(button).not.toBeNull();
      return button!;
    });
    act(() => ok.click());
    await vi.waitFor(
      () =>
        expect(container.querySelector('[data-testid="publish-error"]')?.textContent).toContain('需另一位管理员审批'),
      { timeout: 15_000 },
    );
    expect(container.querySelector('[data-testid="publish-error"]')?.textContent).toContain('起草人不能发布自己的草稿');
    const publish = fetch.mock.calls.find(([url]) => String(url).endsWith('/publish'));
    expect((publish?.[1]?.headers as Record<string, string>)['x-csrf-token']).toBe('t');
  });
});
