import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp } from 'antd';
import { changeLanguage } from '../../i18n/i18n.ts';
import { createQueryClient } from '../../app/query-client.ts';
import { installMatchMedia } from '../../test-support/render-app.tsx';
import type { ApplicationDetail } from '../applications/application-types.ts';
import { MaterialsCard } from './materials-card.tsx';
import { act } from '../../test-support/act.ts';

// R-2 at the counter, as a plain form since issue 20 (antd's Form left the page): a date is required when its item is
// brought, the error is announced under the field, and the check sends what was ticked and typed.
const APP_ID = '00000000-0000-4000-8000-000000000021';
const item = (id: string, ruleId: string, flags: { original: boolean; copy: boolean; sealOnCopy: boolean }) => ({
  id,
  ruleId,
  name: { zh: id, en: id },
  requirement: { zh: '要求', en: 'requirement' },
  ...flags,
});
const CHECKLIST = {
  checklist: {
    path: 'employer_changed',
    ruleId: 'R-2',
    inPerson: true,
    where: { zh: '浦东', en: 'Pudong' },
    items: [
      item('labour_contract', 'M-2', { original: true, copy: true, sealOnCopy: true }),
      item('residence_permit', 'M-1', { original: true, copy: false, sealOnCopy: false }),
    ],
  },
};

let root: Root | null = null;
let posted: { url: string; body: unknown }[] = [];
const realFetch = globalThis.fetch;
beforeAll(async () => {
  installMatchMedia();
  await changeLanguage('zh-CN');
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  globalThis.fetch = realFetch;
  posted = [];
});

function show(): HTMLElement {
  globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input).split('?')[0]!;
    if (url.endsWith('/checklist')) return new Response(JSON.stringify(CHECKLIST), { status: 200 });
    if (url.endsWith('/auth/csrf')) return new Response(JSON.stringify({ csrfToken: 't' }), { status: 200 });
    if (init?.method === 'POST') posted.push({ url, body: JSON.parse(String(init.body)) });
    return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'x', requestId: 'r' } }), {
      status: 404,
    });
  }) as unknown as typeof globalThis.fetch;
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const application = { id: APP_ID, version: 3 } as ApplicationDetail;
  act(() =>
    root!.render(
      <QueryClientProvider client={createQueryClient()}>
        <AntdApp>
          <MaterialsCard application={application} />
        </AntdApp>
      </QueryClientProvider>,
    ),
  );
  return host;
}

const byTestId = <T extends HTMLElement>(host: HTMLElement, id: string) =>
  host.querySelector<T>(`[data-testid="${id}"]`)!;

/** Types into a native input as a user does (React reads the value on its input event). */
function type(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  act(() => input.dispatchEvent(new Event('input', { bubbles: true })));
}

describe('MaterialsCard', () => {
  it('asks for the contract dates when the contract is brought, then sends the check', async () => {
    const host = show();
    await vi.waitFor(() => expect(byTestId(host, 'material-labour_contract-present')).not.toBeNull(), {
      timeout: 15_000,
    });
    // Ticking "brought" ticks the forms the item needs.
    act(() => byTestId(host, 'material-labour_contract-present').click());
    expect(byTestId<HTMLInputElement>(host, 'material-labour_contract-sealed').checked).toBe(true);
    // Each date field is labelled (the label points at its input).
    const start = byTestId<HTMLInputElement>(host, 'materials-contract-start');
    expect(host.querySelector(`label[for="${start.id}"]`)!.textContent).not.toBe('');

    act(() => byTestId(host, 'materials-submit').click());
    await vi.waitFor(() => expect(host.querySelectorAll('[role="alert"]')).toHaveLength(2), { timeout: 10_000 });
    expect([...host.querySelectorAll('[role="alert"]')].map((a) => a.textContent)).toEqual([
      '请填写日期',
      '请填写日期',
    ]);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(start.getAttribute('aria-describedby')).toBe(host.querySelector('[role="alert"]')!.id);
    expect(posted).toEqual([]);

    type(start, '2025-11-01');
    expect(host.querySelectorAll('[role="alert"]')).toHaveLength(1);
    type(byTestId(host, 'materials-contract-end'), '2027-10-31');
    act(() => byTestId(host, 'materials-in-person').click());
    act(() => byTestId(host, 'materials-submit').click());
    // The slow part under load: the CSRF token, then the post.
    await vi.waitFor(() => expect(posted).toHaveLength(1), { timeout: 10_000 });
    expect(posted[0]!.url).toBe(`/api/v1/applications/${APP_ID}/materials`);
    expect(posted[0]!.body).toEqual({
      expectedVersion: 3,
      items: {
        labour_contract: { present: true, originalSeen: true, copy: true, sealed: true },
        residence_permit: { present: false, originalSeen: false, copy: false, sealed: false },
      },
      hrSpecialistInPerson: true,
      contractStart: '2025-11-01',
      contractEnd: '2027-10-31',
    });
  });
});
