import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { addWorkingDays } from '@jifen/domain';
import { rawPolicyData } from '@jifen/policies';
import { recentPolicySet as bundled } from '@jifen/policies/recent';
import type { PolicyDataResponse } from '@jifen/contracts';
import { policySetFrom, usePolicySetInUse, type PolicySetInUse } from './policy-data.ts';
import { act } from '../test-support/act.ts';

/** TEST DATA, not the State Council's 2027 notice: a few days to tell the published set from the bundle. */
const calendar2027 = {
  year: 2027,
  notices: [
    { number: null, title: 'Test notice (not real)', date: '2026-11-20', url: 'https://example.org/test-2027' },
  ],
  holidays: [{ date: '2027-01-01', name: { zh: '元旦', en: "New Year's Day" } }],
  makeupWorkdays: [],
  source: 'test data',
};

function published(revision: string, extra: Partial<PolicyDataResponse> = {}): PolicyDataResponse {
  return {
    revision,
    versions: [...rawPolicyData.versions],
    calendars: [...rawPolicyData.calendars, calendar2027],
    wages: rawPolicyData.wages,
    ...extra,
  };
}

describe('policySetFrom (P-1, P-2)', () => {
  it('is the bundled set until the published data arrives', () => {
    expect(policySetFrom(undefined)).toEqual({ set: bundled, source: 'bundled', revision: null });
    expect(addWorkingDays(bundled.calendar, '2026-12-10', 20).ok).toBe(false);
    // The stand-in keeps recent calendars only (first-load budget); older years come with the published data.
    expect(addWorkingDays(bundled.calendar, '2025-09-25', 20).ok).toBe(true);
    expect(addWorkingDays(bundled.calendar, '2015-06-01', 20).ok).toBe(false);
  });

  it('uses the published data once it validates: a year the bundle lacks becomes computable', () => {
    const inUse = policySetFrom(published('r1'));
    expect(inUse.source).toBe('published');
    expect(inUse.revision).toBe('r1');
    const due = addWorkingDays(inUse.set.calendar, '2026-12-10', 20);
    expect(due.ok).toBe(true);
    // Validation runs once per revision.
    expect(policySetFrom(published('r1'))).toBe(inUse);
  });

  it('keeps the bundle when the published data does not load', () => {
    expect(policySetFrom(published('r2', { wages: { years: 'none' } })).source).toBe('bundled');
    expect(policySetFrom(published('r3', { versions: [] })).set).toBe(bundled);
  });
});

let root: Root | null = null;
const realFetch = globalThis.fetch;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  globalThis.fetch = realFetch;
});

function renderHook(): { current: () => PolicySetInUse } {
  let latest: PolicySetInUse | null = null;
  function Probe() {
    latest = usePolicySetInUse();
    return null;
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      <QueryClientProvider client={client}>
        <Probe />
      </QueryClientProvider>,
    ),
  );
  return { current: () => latest! };
}

describe('usePolicySetInUse', () => {
  it('falls back to the bundle while loading and when GET /api/v1/policy/data fails', async () => {
    let fail: (r: Response) => void = () => undefined;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (fail = resolve)));
    globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
    const hook = renderHook();
    expect(hook.current().source).toBe('bundled');
    expect(fetch).toHaveBeenCalledWith('/api/v1/policy/data', expect.objectContaining({ method: 'GET' }));
    await act(async () =>
      fail(new Response(JSON.stringify({ error: { code: 'INTERNAL', message: 'x' } }), { status: 503 })),
    );
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(hook.current().set).toBe(bundled);
  });

  it('switches to the published data when it arrives', async () => {
    globalThis.fetch = vi.fn(
      async () => new Response(JSON.stringify(published('r9')), { status: 200 }),
    ) as unknown as typeof globalThis.fetch;
    const hook = renderHook();
    await vi.waitFor(() => expect(hook.current().source).toBe('published'));
    expect(hook.current().revision).toBe('r9');
    expect(addWorkingDays(hook.current().set.calendar, '2026-12-10', 20).ok).toBe(true);
  });
});
