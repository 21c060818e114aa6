import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n/i18n.ts';
import type { HolderDetail, SessionUser } from '../../api/contract-types.ts';
import type { ApplicationSummary } from './application-types.ts';
import { installMatchMedia, renderAppAs, type RenderedApp } from '../../test-support/render-app.tsx';

// Issue 17: the holder starts the renewal from their home; without an employer they are told why not.
const li: SessionUser = {
  id: '00000000-0000-4000-8000-000000000011',
  username: 'holder.li',
  displayName: '李明',
  role: 'holder',
};
const employer = { id: '00000000-0000-4000-8000-000000000012', name: '上海示例科技有限公司' };
const holder: HolderDetail = {
  id: '00000000-0000-4000-8000-000000000013',
  name: '李明',
  residentId: '3101**********1239',
  mobile: '138****5678',
  birthDate: '1990-03-07',
  sex: 'M',
  employer,
  permit: null,
  points: null,
  lifecycle: null,
  permits: [],
};
// As the API sends it (the page's type leaves out what it does not read).
const approved = {
  id: '00000000-0000-4000-8000-000000000014',
  number: 'JF2026-000001',
  holder: { id: holder.id, name: '李明' },
  employer,
  kind: 'first_application',
  state: 'approved',
  version: 2,
  employerChanged: false,
  dataChanged: true,
  policyId: 'sh-2026',
  policyHash: 'a'.repeat(64),
  total: 154,
  slaDue: null,
  pending: [],
  noticeIssuedOn: '2026-01-05',
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
} satisfies ApplicationSummary & Record<string, unknown>;

beforeAll(installMatchMedia);
const realFetch = globalThis.fetch;
let app: RenderedApp | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
  globalThis.fetch = realFetch;
});

const card = (c: HTMLElement) => c.querySelector('[data-testid="start-renewal"]');

describe('StartRenewalCard on the holder home', { timeout: 30_000 }, () => {
  it('offers the renewal to a holder with an approval and an employer', async () => {
    await changeLanguage('zh-CN');
    app = await renderAppAs(li, '/', {
      'GET /api/v1/me/holder': { holder },
      'GET /api/v1/applications': { applications: [approved] },
    });
    await vi.waitFor(() => expect(card(app!.container)).not.toBeNull(), { timeout: 15_000 });
    expect(app.container.querySelector('[data-testid="start-renewal-button"]')?.textContent).toContain('发起续办');
  });

  it('links the open application instead of offering a second one', async () => {
    await changeLanguage('zh-CN');
    const open = {
      ...approved,
      id: '00000000-0000-4000-8000-000000000015',
      number: 'JF2026-000009',
      kind: 'renewal_same_employer' as const,
      state: 'draft' as const,
      total: null,
      createdAt: '2026-12-06T02:00:00.000Z',
    };
    app = await renderAppAs(li, '/', {
      'GET /api/v1/me/holder': { holder },
      'GET /api/v1/applications': { applications: [open, approved] },
    });
    await vi.waitFor(() => expect(app!.container.querySelector('[data-testid="start-renewal-open"]')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(app.container.querySelector('[data-testid="start-renewal-open"]')?.textContent).toContain('JF2026-000009');
    expect(app.container.querySelector('[data-testid="start-renewal-button"]')).toBeNull();
  });

  it('tells a holder without an employer why not and what to do (R-4), in English too', async () => {
    await changeLanguage('en');
    app = await renderAppAs(li, '/', {
      'GET /api/v1/me/holder': { holder: { ...holder, employer: null } },
      'GET /api/v1/applications': { applications: [approved] },
    });
    await vi.waitFor(
      () => expect(app!.container.querySelector('[data-testid="start-renewal-no-employer"]')).not.toBeNull(),
      { timeout: 15_000 },
    );
    const text = app.container.querySelector('[data-testid="start-renewal-no-employer"]')?.textContent ?? '';
    expect(text).toContain('R-4');
    expect(text).toContain('Ask the HR specialist of your current employer to register you');
    expect(app.container.querySelector('[data-testid="start-renewal-button"]')).toBeNull();
    await changeLanguage('zh-CN');
  });
});
