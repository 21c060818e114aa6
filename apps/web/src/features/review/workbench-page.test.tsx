// The reviewer's workbench in pages (issue 20): the page and its size go to
// the server with the filters and live in the URL, the table shows the
// server's total, and a changed filter starts again at page 1.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp } from 'antd';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n/i18n.ts';
import { installMatchMedia, installResizeObserver } from '../../test-support/render-app.tsx';
import WorkbenchPage from './workbench-page.tsx';
import { act } from '../../test-support/act.ts';

const REVIEWER = {
  id: '00000000-0000-4000-8000-000000000031',
  username: 'reviewer.pd',
  displayName: '浦东新区人才服务中心 王审核',
  role: 'reviewer',
};
const aCase = (i: number) => ({
  id: `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`,
  number: `JF2026-${String(i).padStart(6, '0')}`,
  holderName: `持证人${i}`,
  employer: { id: '00000000-0000-4000-b000-000000000001', name: '上海示例科技' },
  kind: 'first_application',
  state: 'under_review',
  version: 3,
  sla: { status: 'at_risk', workingDaysLeft: 2, dueDate: '2026-12-09', pendingYear: null },
  assignee: null,
  assignedAt: null,
  updatedAt: '2026-12-01T02:00:00.000Z',
});

beforeAll(() => {
  installMatchMedia();
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
      const page = Number(new URL(url, 'http://x').searchParams.get('page') ?? 1);
      const body = url.startsWith('/api/v1/auth/session')
        ? { user: REVIEWER }
        : {
            today: '2026-12-07',
            atRiskWorkingDays: 5,
            counts: { on_track: 40, at_risk: 120, breached: 3, pending: 1, not_running: 9 },
            total: 120,
            page,
            pageSize: 50,
            cases: [aCase(page * 100 + 1), aCase(page * 100 + 2)],
            employers: [{ id: '00000000-0000-4000-b000-000000000001', name: '上海示例科技' }],
            colleagues: [],
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

let location = '';
function Where() {
  const l = useLocation();
  location = `${l.pathname}${l.search}`;
  return null;
}

async function render(path: string) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () =>
    root!.render(
      <QueryClientProvider client={client}>
        <AntdApp>
          <MemoryRouter initialEntries={[path]}>
            <WorkbenchPage />
            <Where />
          </MemoryRouter>
        </AntdApp>
      </QueryClientProvider>,
    ),
  );
  await vi.waitFor(() => expect(host.querySelector('[data-testid="queue-total"]')).not.toBeNull());
  return host;
}
const queueUrls = () => urls.filter((u) => u.startsWith('/api/v1/review/queue'));

describe('review workbench pages', () => {
  it('asks the server for the page in the URL, shows its total, moves page by page and resets to page 1 on a filter', async () => {
    await changeLanguage('zh-CN');
    const host = await render('/workbench?sla=at_risk&page=2');
    expect(queueUrls()[0]).toBe('/api/v1/review/queue?sla=at_risk&page=2');
    expect(host.querySelector('[data-testid="queue-total"]')?.textContent).toBe('共 120 件');
    expect(host.querySelector('[data-testid="queue-open-JF2026-000201"]')).not.toBeNull();
    // 120 cases by 50: three pages; the table lists the server's page as it is (no client paging).
    expect(host.querySelectorAll('.ant-pagination-item')).toHaveLength(3);

    await act(async () => (host.querySelector('.ant-pagination-item-3') as HTMLElement).click());
    await vi.waitFor(() => expect(host.querySelector('[data-testid="queue-open-JF2026-000301"]')).not.toBeNull());
    expect(queueUrls()).toContain('/api/v1/review/queue?sla=at_risk&page=3');
    expect(location).toBe('/workbench?sla=at_risk&page=3');

    // A count card is an SLA filter: the list starts again at page 1.
    const breached = host.querySelector('[data-testid="count-breached"]')!.closest('.ant-card') as HTMLElement;
    await act(async () => breached.click());
    await vi.waitFor(() => expect(location).toBe('/workbench?sla=breached'));
    await vi.waitFor(() => expect(queueUrls()).toContain('/api/v1/review/queue?sla=breached'));
  }, 30_000); // antd's table renders slowly in jsdom on a busy machine

  it('says the total in English', async () => {
    await changeLanguage('en');
    const host = await render('/workbench');
    expect(queueUrls()[0]).toBe('/api/v1/review/queue');
    expect(host.querySelector('[data-testid="queue-total"]')?.textContent).toBe('120 cases in all');
    await changeLanguage('zh-CN');
  }, 30_000);
});
