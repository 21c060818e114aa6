import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { act, createDraft, ensureEndorsedForRenewal, withoutPointsOnFile } from './test-support.ts';

/**
 * The journeys on the holder-data module's real claims and SI/tax records
 * (no stand-in input): HR records only 4 of the last 12 months, the
 * submission is refused with C-1, the months and the fix, and nothing is
 * stored; with the months paid it goes to review.
 */
describe.each(DB_KINDS)('application journeys on recorded holder data (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  let holder: Client;
  let liMing: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    liMing = await holderIdByName(h.db, '李明');
    hr = await Client.signedIn(h.app, 'hr.acme');
    holder = await Client.signedIn(h.app, 'holder.li');
  });
  afterAll(async () => h?.close());

  const months = (paidFrom: number) =>
    Array.from({ length: 12 }, (_, i) => {
      const d = new Date(Date.UTC(2025, 6 + i, 1));
      return { month: d.toISOString().slice(0, 7), paid: i >= paidFrom, employerUscc: '91310115MA1H7Q3R2X' };
    });

  it('C-1 (4 of 12 months) blocks the submission with 422 and stores nothing; with 12 months it goes to review', async () => {
    const put = await hr.request('PUT', `/api/v1/holders/${liMing}/records`, { body: { months: months(8) } });
    expect(put.statusCode, put.body).toBe(200);
    await withoutPointsOnFile(h.db, liMing);
    const app = await createDraft(hr, liMing);
    await act(holder, app.id, 'confirm', 1);
    const refused = await act(hr, app.id, 'submit', 2);
    expect(refused.statusCode, refused.body).toBe(422);
    const error = refused.json().error;
    expect(error.code).toBe('APPLICATION.CHECKS_FAILED');
    const c1 = error.details.find((d: { path: string }) => d.path === 'checks.C-1');
    expect(c1.message).toContain('2025-07');
    expect(c1.message).toContain('处理办法');
    const stored = await h.db.one<{ state: string; version: number }>(
      'SELECT state, version FROM applications WHERE id = $1',
      [app.id],
    );
    expect(stored).toEqual({ state: 'holder_confirmed', version: 2 });

    const fixed = await hr.request('PUT', `/api/v1/holders/${liMing}/records`, { body: { months: months(0) } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const ok = await act(hr, app.id, 'submit', 2);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().application.state).toBe('under_review');
    expect(ok.json().application.checks.length).toBeGreaterThan(0);
  });
});

/**
 * R-1 on the demo data as seeded: 李明's application approved a year ago is
 * the baseline. On 2025-12-15 every month of his records has its wage year
 * loaded, so the renewal passes every check; on 2026-06-15 the 2025 wage is
 * not loaded (P-2), C-2 cannot be checked and the renewal goes to review.
 */
describe.each(DB_KINDS)('R-1 renewal on the demo data (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  let holder: Client;
  let liMing: string;

  beforeAll(async () => {
    h = await startHarness(kind, { now: '2025-12-15T02:00:00.000Z' });
    liMing = await holderIdByName(h.db, '李明');
    hr = await Client.signedIn(h.app, 'hr.acme');
    holder = await Client.signedIn(h.app, 'holder.li');
  });
  afterAll(async () => h?.close());

  it("R-1 on the demo data: employer and declared data unchanged since last year's approval -> approved at once with the notice and the SMS; a changed claim -> review", async () => {
    const renewal = await createDraft(hr, liMing, 'renewal_same_employer');
    await act(holder, renewal.id, 'confirm', 1);
    await ensureEndorsedForRenewal(h.db, liMing);
    const res = await act(hr, renewal.id, 'submit', 2);
    expect(res.statusCode, res.body).toBe(200);
    const approved = res.json().application;
    expect(approved.state, JSON.stringify(approved.checks)).toBe('approved');
    expect(approved.employerChanged).toBe(false);
    expect(approved.dataChanged).toBe(false);
    expect(approved.noticeIssuedOn).toBe('2025-12-15');
    expect(approved.events.map((e: { action: string }) => e.action)).toEqual(['confirm', 'submit', 'auto_approve']);
    const sms = await h.db.query<{ template: string }>(
      "SELECT template FROM outbox WHERE application_id = $1 AND channel = 'sms'",
      [renewal.id],
    );
    expect(sms.map((m) => m.template)).toEqual(['approved']);

    const claims = (await hr.get(`/api/v1/holders/${liMing}/claims`)).json().claims;
    const put = await hr.request('PUT', `/api/v1/holders/${liMing}/claims`, {
      body: { claims: { ...claims.claims, commendations: ['municipal_bureau'] }, expectedVersion: claims.version },
    });
    expect(put.statusCode, put.body).toBe(200);
    const next = await createDraft(hr, liMing, 'renewal_same_employer');
    await act(holder, next.id, 'confirm', 1);
    await ensureEndorsedForRenewal(h.db, liMing);
    const routed = (await act(hr, next.id, 'submit', 2)).json().application;
    expect(routed.state).toBe('under_review');
    expect(routed.dataChanged).toBe(true);
  });
});

describe.each(DB_KINDS)('R-1 renewal in June 2026 without the 2025 wage (%s)', (kind) => {
  let h: Harness;
  afterAll(async () => h?.close());

  it('S-9 switch month: 2026-01..06 are judged against the 2024 figure, so the renewal is approved at once (no wait for the 2025 wage)', async () => {
    h = await startHarness(kind, { now: '2026-06-15T02:00:00.000Z' });
    const liMing = await holderIdByName(h.db, '李明');
    const hr = await Client.signedIn(h.app, 'hr.acme');
    const holder = await Client.signedIn(h.app, 'holder.li');
    const renewal = await createDraft(hr, liMing, 'renewal_same_employer');
    await act(holder, renewal.id, 'confirm', 1);
    await ensureEndorsedForRenewal(h.db, liMing);
    const routed = (await act(hr, renewal.id, 'submit', 2)).json().application;
    expect(routed.state, JSON.stringify(routed.checks)).toBe('approved');
    expect(routed.pending).toEqual([]);
    expect(routed.checks.find((c: { ruleId: string }) => c.ruleId === 'C-2').passed).toBe(true);
  });
});
