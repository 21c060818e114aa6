import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { addDays, addYears } from '@jifen/domain';
import { changeLanguage } from '../../i18n/i18n.ts';
import { installMatchMedia } from '../../test-support/render-app.tsx';
import { shanghaiToday } from '../assessment/today.ts';
import { EndorsementForm } from './endorsement-form.tsx';
import { proposedNewExpiry } from './endorsement-outcome.ts';
import './messages.ts';
import { act } from '../../test-support/act.ts';

// Issue 10, item 5, on today's date: the prefill must be one the API accepts,
// and submitting (Enter in a date field submits the form) only asks first.
beforeAll(installMatchMedia);
const realFetch = globalThis.fetch;
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  globalThis.fetch = realFetch;
});

const today = shanghaiToday();
// Two months before expiry: expiry + 12 months (the old prefill) overshoots "12 months + 30 days from the endorsement".
const expiresOn = addDays(today, 60);
const permit = { issuedOn: addDays(addYears(expiresOn, -1), 1), expiresOn };

describe('EndorsementForm', { timeout: 30_000 }, () => {
  it('prefills an accepted expiry, and stores only after the confirmation', async () => {
    await changeLanguage('zh-CN');
    const calls: string[] = [];
    globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
      if (String(input).endsWith('/auth/csrf')) return new Response(JSON.stringify({ csrfToken: 't' }));
      return new Response(JSON.stringify({ endorsement: {}, notes: [], sync: null, history: { sync: null } }));
    }) as unknown as typeof globalThis.fetch;
    const onDone = vi.fn();
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () =>
      root?.render(
        <QueryClientProvider client={new QueryClient()}>
          <EndorsementForm holderId="h1" permit={permit} onDone={onDone} />
        </QueryClientProvider>,
      ),
    );
    const expiryInput = () =>
      container.querySelector<HTMLInputElement>(
        '[data-testid="new-expires-on"] input, input[data-testid="new-expires-on"]',
      );
    await vi.waitFor(() => expect(expiryInput()?.value).toBe(proposedNewExpiry(permit, today, today)));
    expect(expiryInput()?.value).not.toBe(addYears(expiresOn, 1));
    const preview = container.querySelector('[data-testid="endorsement-preview"]');
    expect(preview?.getAttribute('data-kind')).toBe('continuous');
    expect(preview?.textContent).toContain('L-2');

    await act(async () => container.querySelector('form')?.requestSubmit());
    await vi.waitFor(() => expect(document.querySelector('[data-testid="endorse-confirm-summary"]')).not.toBeNull());
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual([]);
    expect(document.querySelector('[data-testid="endorse-confirm-summary"]')?.textContent).toContain(
      proposedNewExpiry(permit, today, today),
    );

    await act(async () => document.querySelector<HTMLButtonElement>('[data-testid="endorse-confirm"]')?.click());
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual(['POST /api/v1/holders/h1/endorsements']);
  });
});
