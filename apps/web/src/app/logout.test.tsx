import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n/i18n.ts';
import type { SessionUser } from '../api/contract-types.ts';
import { installMatchMedia, renderAppAs, type RenderedApp } from '../test-support/render-app.tsx';

// Signing out from a deep page lands on /login itself, not on /login?next=<that page>:
// the page is left before the session is cleared (CI once saw the guard's redirect win).
const consultant: SessionUser = {
  id: '00000000-0000-4000-8000-000000000003',
  username: 'consultant',
  displayName: '积分咨询顾问',
  role: 'consultant',
};

beforeAll(installMatchMedia);
const realFetch = globalThis.fetch;
let app: RenderedApp | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
  globalThis.fetch = realFetch;
});

describe('logout', { timeout: 30_000 }, () => {
  it('goes to /login without a return address, and the API was told', async () => {
    await changeLanguage('zh-CN');
    app = await renderAppAs(consultant, '/consultations?status=new', {
      'GET /api/v1/consultations': { consultations: [] },
      'GET /api/v1/auth/csrf': { csrfToken: 't' },
      'POST /api/v1/auth/logout': {},
    });
    const { container, calls } = app;
    await vi.waitFor(() => expect(container.querySelector('[data-testid="logout"]')).not.toBeNull(), {
      timeout: 15_000,
    });
    container.querySelector<HTMLButtonElement>('[data-testid="logout"]')!.click();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="login-submit"]')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(`${window.location.pathname}${window.location.search}`).toBe('/login');
    expect(calls).toContain('POST /api/v1/auth/logout');
  });
});
