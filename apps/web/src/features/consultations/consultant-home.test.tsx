import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n/i18n.ts';
import type { SessionUser } from '../../api/contract-types.ts';
import { installMatchMedia, renderAppAs, type RenderedApp } from '../../test-support/render-app.tsx';

// Issue 10, item 9: the consultant's home said the queue "arrives in a later release" while it worked.
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

describe('consultant home', { timeout: 30_000 }, () => {
  it('counts the new requests and links the working queue, in both languages', async () => {
    await changeLanguage('zh-CN');
    const item = { id: 'c1' };
    app = await renderAppAs(consultant, '/', { 'GET /api/v1/consultations': { consultations: [item, { id: 'c2' }] } });
    const { container } = app;
    await vi.waitFor(
      () =>
        expect(container.querySelector('[data-testid="consultant-new-count"]')?.textContent).toBe(
          '待回访的新请求：2 条',
        ),
      { timeout: 15_000 },
    );
    expect(container.textContent).not.toContain('后续版本');
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('/consultations');
    await changeLanguage('en');
    await vi.waitFor(() => expect(container.textContent).toContain('Open the call-back queue'));
    expect(container.textContent).not.toContain('later release');
    await changeLanguage('zh-CN');
  });
});
