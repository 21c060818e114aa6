import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { App as AntdApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { SavedReply } from '@jifen/contracts';
import { changeLanguage } from '../../i18n/i18n.ts';
import { installMatchMedia } from '../../test-support/render-app.tsx';
import { SavedRepliesTab } from './saved-replies-tab.tsx';
import { act } from '../../test-support/act.ts';

// Issue #14: consultants add, edit and delete their saved replies from the workbench.
beforeAll(() => {
  installMatchMedia();
  // The table and Space.Compact read ResizeObserver, which jsdom lacks.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
const realFetch = globalThis.fetch;
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  globalThis.fetch = realFetch;
});

const seeded: SavedReply = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'greeting',
  title: { zh: '问候', en: 'Greeting' },
  body: { zh: '您好！', en: 'Hello!' },
  ruleIds: ['L-4'],
};

function setValue(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('SavedRepliesTab', { timeout: 30_000 }, () => {
  it('lists the replies, creates one with its rule IDs, edits one from its values, and deletes after asking', async () => {
    await changeLanguage('zh-CN');
    const calls: { method: string; url: string; body: unknown }[] = [];
    globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const url = String(input);
      calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : null });
      if (url.endsWith('/auth/csrf')) return new Response(JSON.stringify({ csrfToken: 't' }));
      if (method === 'GET') return new Response(JSON.stringify({ replies: [seeded] }));
      if (method === 'DELETE') return new Response(null, { status: 204 });
      return new Response(JSON.stringify({ reply: { ...seeded, id: '00000000-0000-4000-8000-000000000002' } }), {
        status: method === 'POST' ? 201 : 200,
      });
    }) as unknown as typeof globalThis.fetch;
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () =>
      root?.render(
        <QueryClientProvider client={new QueryClient()}>
          <AntdApp>
            <SavedRepliesTab />
          </AntdApp>
        </QueryClientProvider>,
      ),
    );
    const q = <T extends Element>(testId: string) => document.querySelector<T>(`[data-testid="${testId}"]`);
    await vi.waitFor(() => expect(q('sr-table')?.textContent).toContain('问候'));

    // New: every field, the rule IDs read out of free text.
    await act(async () => q<HTMLButtonElement>('sr-new')!.click());
    await act(async () => {
      setValue(q<HTMLInputElement>('sr-slug')!, 'late-renewal');
      setValue(q<HTMLInputElement>('sr-title-zh')!, '逾期补办');
      setValue(q<HTMLInputElement>('sr-title-en')!, 'Late renewal');
      setValue(q<HTMLTextAreaElement>('sr-body-zh')!, '逾期60天内可补办。');
      setValue(q<HTMLTextAreaElement>('sr-body-en')!, 'Renew within 60 days.');
      setValue(q<HTMLInputElement>('sr-rules')!, 'L-3，L-6');
    });
    await act(async () => q<HTMLFormElement>('sr-form')!.querySelector('form')!.requestSubmit());
    await vi.waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/api/v1/consult/saved-replies'))).toBe(true),
    );
    expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/saved-replies'))!.body).toEqual({
      slug: 'late-renewal',
      title: { zh: '逾期补办', en: 'Late renewal' },
      body: { zh: '逾期60天内可补办。', en: 'Renew within 60 days.' },
      ruleIds: ['L-3', 'L-6'],
    });
    await vi.waitFor(() => expect(q('sr-form')).toBeNull());

    // Edit: the form opens with the reply's values and sends a PUT.
    await act(async () => q<HTMLButtonElement>('sr-edit-greeting')!.click());
    await vi.waitFor(() => expect(q<HTMLInputElement>('sr-slug')?.value).toBe('greeting'));
    expect(q<HTMLTextAreaElement>('sr-body-zh')?.value).toBe('您好！');
    await act(async () => q<HTMLFormElement>('sr-form')!.querySelector('form')!.requestSubmit());
    await vi.waitFor(() =>
      expect(calls.some((c) => c.method === 'PUT' && c.url.endsWith(`/saved-replies/${seeded.id}`))).toBe(true),
    );

    // Delete asks first; nothing is sent before the confirmation.
    await act(async () => q<HTMLButtonElement>('sr-delete-greeting')!.click());
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await vi.waitFor(() => expect(document.querySelector('.ant-popconfirm .ant-btn-dangerous')).not.toBeNull());
    await act(async () => document.querySelector<HTMLButtonElement>('.ant-popconfirm .ant-btn-dangerous')!.click());
    await vi.waitFor(() =>
      expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([
        expect.stringContaining(`/saved-replies/${seeded.id}`),
      ]),
    );
  });
});
