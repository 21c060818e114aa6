import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { WageImpactResponse, WageImpactRow } from '@jifen/contracts';
import { changeLanguage } from '../../i18n/i18n.ts';
import { WageImpactTable } from './wage-impact.tsx';
import './messages.ts';
import { act } from '../../test-support/act.ts';

beforeAll(() => {
  // antd's table reads matchMedia and observes its size; jsdom has neither.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
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
});

const realFetch = globalThis.fetch;
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  globalThis.fetch = realFetch;
});

const DOC = '33333333-3333-4333-8333-333333333333';
const row = (
  name: string,
  employerName: string,
  s9: [number, number] | null,
  total: [number, number],
): WageImpactRow => ({
  holderId: crypto.randomUUID(),
  name,
  residentIdMasked: '310***********1234',
  employerId: crypto.randomUUID(),
  employerName,
  totalBefore: total[0],
  totalAfter: total[1],
  crossed: total[0] >= 120 && total[1] < 120 ? 'down' : total[0] < 120 && total[1] >= 120 ? 'up' : null,
  lines: s9
    ? [
        {
          ruleId: 'S-9',
          before: s9[0],
          after: s9[1],
          multiple: 1,
          figureBefore: 12434,
          figureAfter: 12800,
          baseToKeep: 12800,
        },
      ]
    : [
        {
          ruleId: 'S-4',
          before: 100,
          after: 0,
          multiple: 1,
          figureBefore: 12434,
          figureAfter: 12800,
          baseToKeep: 12800,
        },
      ],
});

const response: WageImpactResponse = {
  document: {
    id: DOC,
    kind: 'wage',
    key: '2025',
    revision: 1,
    status: 'draft',
    origin: 'admin',
    reason: 'x',
    basedOn: null,
    docHash: 'h',
    draftedBy: null,
    draftedAt: '2026-12-01T03:00:00.000Z',
    publishedBy: null,
    publishedAt: null,
  },
  year: 2025,
  monthlyAverage: 12800,
  figureBefore: 12434,
  asOf: '2026-12-15',
  assessed: 40,
  notAssessable: 2,
  rows: [
    row('李明', '示例科技', [50, 25], [130, 105]),
    row('王芳', '贝塔', [50, 25], [160, 135]),
    row('张伟', '示例科技', null, [190, 90]),
  ],
};

async function render() {
  globalThis.fetch = vi.fn(async (input: string) =>
    String(input).endsWith(`/documents/${DOC}/wage-impact`)
      ? new Response(JSON.stringify(response), { headers: { 'content-type': 'application/json' } })
      : new Response('{}', { status: 404 }),
  ) as unknown as typeof globalThis.fetch;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () =>
    root!.render(
      <QueryClientProvider client={client}>
        <WageImpactTable documentId={DOC} />
      </QueryClientProvider>,
    ),
  );
  await vi.waitFor(
    () => expect(host.querySelectorAll('[data-testid="wage-impact-table"] tbody tr.ant-table-row')).toHaveLength(3),
    {
      timeout: 30_000,
    },
  );
  return host;
}

const names = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-testid="wage-impact-table"] tbody tr.ant-table-row')].map((tr) =>
    tr.textContent?.slice(0, 2),
  );

describe('the wage-change preview (issue 19)', { timeout: 60_000 }, () => {
  it('lists who changes tier with the figures, the crossing of 120 and the base to keep; most points lost first', async () => {
    await changeLanguage('zh-CN');
    const host = await render();
    expect(host.textContent).toContain('按2025年社平工资12,800元（此前12,434元）');
    expect(host.textContent).toContain('3人的档次会变化');
    // Sorted by the change in total, largest loss first: 张伟 (-100), then the two -25s.
    expect(names(host)[0]).toBe('张伟');
    const li = [...host.querySelectorAll('tbody tr.ant-table-row')].find((tr) => tr.textContent?.startsWith('李明'));
    expect(li?.textContent).toContain('310***********1234');
    expect(li?.textContent).toContain('50 → 25');
    expect(li?.textContent).toContain('降至 120 以下');
    expect(li?.textContent).toContain('S-9 ≥ 12,800');
  });

  it('filters by name or employer as the administrator types', async () => {
    await changeLanguage('zh-CN');
    const host = await render();
    const search = host.querySelector<HTMLInputElement>(
      '[data-testid="wage-impact-search"] input, input[data-testid="wage-impact-search"]',
    )!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(search, '贝塔');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect(names(host)).toEqual(['王芳']));
  });

  it('speaks English on the English page', async () => {
    await changeLanguage('en');
    const host = await render();
    expect(host.textContent).toContain('with the 2025 average wage of 12,800 (until now 12,434): 3 change tier');
    expect(host.textContent).toContain('Falls below 120');
    await changeLanguage('zh-CN');
  });
});
