import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n/i18n.ts';
import type { SessionUser } from '../../api/contract-types.ts';
import { installMatchMedia, renderAppAs, type RenderedApp } from '../../test-support/render-app.tsx';
import { messages as HR_PENDING_MESSAGES } from './messages.ts';

// Issue 10, item 9: hr.gamma (employer pending verification) saw a red load
// error (the API refuses the lists with 403) and a "new application" button.
const gamma: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'hr.gamma',
  displayName: '伽马经办人',
  role: 'hr',
  employer: { id: '00000000-0000-4000-8000-000000000002', name: '上海伽马贸易有限公司', status: 'pending' },
};

beforeAll(installMatchMedia);
const realFetch = globalThis.fetch;
let app: RenderedApp | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
  globalThis.fetch = realFetch;
});

describe('HR of an employer pending verification', { timeout: 30_000 }, () => {
  it('home: the pending state and the next steps, no list call, no register button', async () => {
    await changeLanguage('zh-CN');
    app = await renderAppAs(gamma, '/');
    const { container, calls } = app;
    await vi.waitFor(() => expect(container.querySelector('[data-testid="employer-next-steps"]')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(container.textContent).toContain('本单位尚待认证');
    expect(container.textContent).toContain('接下来怎么办');
    expect(calls).not.toContain('GET /api/v1/holders');
    expect(container.querySelector('[data-testid="register-holder"]')).toBeNull();
    expect(container.querySelector('.ant-alert-error')).toBeNull();
  });

  it('applications: no new-application button, no refused call, the next steps in English', async () => {
    await changeLanguage('en');
    app = await renderAppAs(gamma, '/applications');
    const { container, calls } = app;
    await vi.waitFor(() => expect(container.querySelector('[data-testid="employer-next-steps"]')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(container.textContent).toContain('What happens next');
    expect(container.querySelector('[data-testid="new-application"]')).toBeNull();
    expect(calls).not.toContain('GET /api/v1/applications');
    await changeLanguage('zh-CN');
  });

  it('has every text in both languages', () => {
    expect(Object.keys(HR_PENDING_MESSAGES.en.hrPending).sort()).toEqual(
      Object.keys(HR_PENDING_MESSAGES['zh-CN'].hrPending).sort(),
    );
  });
});

describe('the HR pages a pending employer cannot use', { timeout: 30_000 }, () => {
  it.each(['/applications/new', '/holders/new'])('%s shows the next steps instead of a form', async (path) => {
    await changeLanguage('zh-CN');
    app = await renderAppAs(gamma, path);
    const { container, calls } = app;
    await vi.waitFor(() => expect(container.querySelector('[data-testid="employer-next-steps"]')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(container.querySelector('form')).toBeNull();
    expect(calls).not.toContain('GET /api/v1/holders');
  });
});
