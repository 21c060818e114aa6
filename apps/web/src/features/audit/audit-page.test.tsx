// The audit page (issue #10, item 7): labels instead of action codes, the
// system named as the system, subjects linked to their trail, and "load
// older entries" asking the server for the page before the last one shown.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { installResizeObserver } from '../../test-support/render-app.tsx';
import { changeLanguage } from '../../i18n/i18n.ts';
import AuditPage from './audit-page.tsx';
import { act } from '../../test-support/act.ts';

const entry = (
  id: number,
  action: string,
  actor: { actorId: string | null; actorName: string | null; actorRole: string | null },
  subjectType = 'application',
  subjectId: string | null = '3f2a9c1b-7d4e-4f60-9a1b-2c3d4e5f6a7b',
) => ({
  id: String(id),
  at: '2026-12-01T02:00:00.000Z',
  ...actor,
  action,
  subjectType,
  subjectId,
  subjectName: subjectType === 'application' ? 'JF2026-000123 · 李明' : null,
  before: null,
  after: null,
  reason: null,
  requestId: id === 9 ? '6d1f0c2e-1b2a-4c3d-8e9f-0a1b2c3d4e5f' : null,
  hash: 'h',
});
const SYSTEM = { actorId: null, actorName: null, actorRole: null };
const HR = {
  actorId: '00000000-0000-4000-8000-000000000002',
  actorName: '上海示例科技 张人事 (hr.acme)',
  actorRole: 'hr',
};

// antd reads matchMedia and ResizeObserver (the table, the inline form); jsdom has neither.
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
  installResizeObserver();
});

let root: Root | null = null;
let urls: string[] = [];
beforeEach(() => {
  urls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      urls.push(url);
      const body = url.startsWith('/api/v1/users')
        ? { users: [] }
        : url.includes('before=8')
          ? { entries: [entry(7, 'auth.login', HR, 'user', HR.actorId)], nextBefore: null }
          : {
              entries: [entry(9, 'application.route_to_review', SYSTEM), entry(8, 'application.submit', HR)],
              nextBefore: 8,
            };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function render(path = '/admin/audit') {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () =>
    root!.render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <AuditPage />
        </MemoryRouter>
      </QueryClientProvider>,
    ),
  );
  await vi.waitFor(() => expect(host.querySelectorAll('[data-testid="action-label"]').length).toBeGreaterThan(0));
  return host;
}
const texts = (host: HTMLElement, testId: string) =>
  [...host.querySelectorAll(`[data-testid="${testId}"]`)].map((n) => n.textContent);

describe('audit page', () => {
  it('labels actions in Chinese, credits routing to the system, links subjects to their trail, and pages back with before', async () => {
    await changeLanguage('zh-CN');
    const host = await render();
    expect(texts(host, 'action-label')).toEqual(['系统分流至调档审核（R-3）', '提交申请']);
    expect(texts(host, 'actor-link')[0]).toBe('系统');
    expect(texts(host, 'actor-link')[1]).toContain('hr.acme');
    expect(host.querySelector('[data-testid="actor-link"]')?.getAttribute('href')).toBe('/admin/audit?actorId=system');
    expect(host.querySelector('[data-testid="subject-link"]')?.getAttribute('href')).toBe(
      '/admin/audit?subjectType=application&subjectId=3f2a9c1b-7d4e-4f60-9a1b-2c3d4e5f6a7b',
    );
    expect(urls.find((u) => u.startsWith('/api/v1/audit'))).toBe('/api/v1/audit?limit=50');
    // Issue 22: the subject by name and number, the request id behind a copy button, no hex on the page.
    expect(texts(host, 'subject-link')[0]).toBe('积分申请 JF2026-000123 · 李明');
    expect(host.querySelector('[data-testid="audit-table"]')?.textContent).not.toMatch(/[0-9a-f]{8}/);

    await act(async () => (host.querySelector('[data-testid="audit-more"]') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(texts(host, 'action-label')).toHaveLength(3));
    expect(urls).toContain('/api/v1/audit?limit=50&before=8');
    expect(texts(host, 'action-label')[2]).toBe('登录');
    expect(host.querySelector('[data-testid="audit-more"]')).toBeNull(); // the first entry was reached
    expect(host.querySelector('[data-testid="subject-page-link"]')?.getAttribute('href')).toBe('/admin/users');
  }, 30_000); // antd's table and form render slowly in jsdom on a busy machine

  it('sends the filters in the URL to the server, and labels in English', async () => {
    await changeLanguage('en');
    const host = await render('/admin/audit?actorId=system&from=2026-11-01&to=2026-11-30');
    expect(urls.find((u) => u.startsWith('/api/v1/audit'))).toBe(
      '/api/v1/audit?actorId=system&from=2026-11-01&to=2026-11-30&limit=50',
    );
    expect(texts(host, 'action-label')).toEqual(['Routed by the system to review (R-3)', 'Application submitted']);
    expect(texts(host, 'actor-link')[0]).toBe('System');
    await changeLanguage('zh-CN');
  }, 30_000);
});
