import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

/**
 * Issue 19, the July wage change, on the demo data on 2026-12-15 (the 2025
 * average wage unpublished, applying from 2026-07). 李明 pays 12,600 for
 * the last 36 months (>= 1x of 2024's 12,434: the 1x tier, 50) and 9,000
 * before. A 2025 figure of 12,800 takes the 6 months from 2026-07 below 1x:
 * 50 becomes 25. The administrator sees it before publishing; on
 * publication 示例科技's HR is told, with the base that keeps the tier.
 */
describe.each(DB_KINDS)('the July wage change (%s)', (kind) => {
  let h: Harness;
  let admin: Client;
  let admin2: Client;
  let acme: Client;
  let beta: Client;
  let liMing: string;
  let draftId: string;

  beforeAll(async () => {
    h = await startHarness(kind, { now: '2026-12-15T02:00:00.000Z' });
    liMing = await holderIdByName(h.db, '李明');
    admin = await Client.signedIn(h.app, 'admin');
    admin2 = await Client.signedIn(h.app, 'admin2');
    acme = await Client.signedIn(h.app, 'hr.acme');
    beta = await Client.signedIn(h.app, 'hr.beta');
    const current = (await acme.get(`/api/v1/holders/${liMing}/records`)).json().records as {
      months: { month: string; base?: number; taxedIncome?: number }[];
      version: number;
    };
    const months = current.months.map((m) => {
      if (m.base === undefined) return m;
      const base = m.month >= '2023-12' ? 12600 : 9000;
      return { ...m, base, taxedIncome: Math.max(base, m.taxedIncome ?? 0) };
    });
    const put = await acme.request('PUT', `/api/v1/holders/${liMing}/records`, {
      body: { months, expectedVersion: current.version },
    });
    expect(put.statusCode, put.body).toBe(200);
  });
  afterAll(async () => h?.close());

  it('before publishing, the administrator sees who changes tier, with the points, the figures and the base that keeps it', async () => {
    const draft = await admin.post('/api/v1/admin/policy/wages', {
      year: 2025,
      monthlyAverage: 12800,
      source: 'jifen test figure for 2025 (not the announcement)',
      reason: 'issue 19 preview test',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    draftId = draft.json().document.id;
    const res = await admin.get(`/api/v1/admin/policy/documents/${draftId}/wage-impact`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2025, monthlyAverage: 12800, figureBefore: 12434, asOf: '2026-12-15' });
    expect(body.assessed).toBeGreaterThan(0);
    const li = body.rows.find((r: { holderId: string }) => r.holderId === liMing);
    expect(li).toMatchObject({
      name: '李明',
      residentIdMasked: expect.stringMatching(/\*/),
      employerName: expect.stringContaining('示例'),
      lines: [
        {
          ruleId: 'S-9',
          before: 50,
          after: 25,
          multiple: 1,
          figureBefore: 12434,
          figureAfter: 12800,
          baseToKeep: 12800,
        },
      ],
    });
    expect(li.totalBefore - li.totalAfter).toBe(25);
    expect(li.crossed).toBe(li.totalBefore >= 120 && li.totalAfter < 120 ? 'down' : null);
    // Masked IDs only.
    expect(res.body).not.toMatch(/\d{17}[\dX]/);
  });

  it('a calendar has no tier preview: a clear refusal, not a 500', async () => {
    const calendar = await h.db.one<{ id: string }>(
      "SELECT id FROM policy_documents WHERE kind = 'calendar' AND key = '2026'",
    );
    const res = await admin.get(`/api/v1/admin/policy/documents/${calendar.id}/wage-impact`);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('POLICY.NOT_WAGE');
  });

  it('publishing tells each employer’s HR in the app which of their people dropped, why, and what base keeps the tier', async () => {
    const published = await admin2.post(`/api/v1/admin/policy/documents/${draftId}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().employersTold).toBeGreaterThanOrEqual(1);
    const notes = (await acme.get('/api/v1/notifications')).json().notifications as { title: string; body: string }[];
    const told = notes.find((n) => n.title.includes('社平工资发布'));
    expect(told?.body).toContain('李明');
    expect(told?.body).toMatch(/S-9社保基数倍数 50→25分/);
    expect(told?.body).toContain('12,800');
    expect(told?.body).toContain('自2026-07起缴费基数不低于12,800元');
    expect(told?.body).not.toMatch(/\d{17}[\dX]/);
    acme.lang = 'en';
    const en = (await acme.get('/api/v1/notifications')).json().notifications as { title: string; body: string }[];
    acme.lang = 'zh';
    expect(en.find((n) => n.title.includes('Average wage published'))?.body).toMatch(
      /S-9 social-insurance base multiple 50→25 points .*at least 12,800 .*from 2026-07/,
    );
    // Another employer hears nothing of 示例科技's people.
    const other = (await beta.get('/api/v1/notifications')).json().notifications as { body: string }[];
    expect(other.some((n) => n.body.includes('李明'))).toBe(false);
  });
});
