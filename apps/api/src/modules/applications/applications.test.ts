import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssessmentInput } from '@jifen/domain';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import {
  act,
  C1_FAILING_INPUT,
  createDraft,
  ensureEndorsedForRenewal,
  newKey,
  PASSING_INPUT,
  startNextPermitCycle,
  withdrawOpenApplications,
  withoutPointsOnFile,
} from './test-support.ts';

const holderInput = vi.hoisted(() => ({ current: null as AssessmentInput | null }));
vi.mock('./assessment-input.ts', () => ({
  loadHolderInput: async () => ({ ok: true, value: holderInput.current }),
}));

describe.each(DB_KINDS)('applications (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  let holder: Client;
  let reviewer: Client;
  let liMing: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    liMing = await holderIdByName(h.db, '李明');
    hr = await Client.signedIn(h.app, 'hr.acme');
    holder = await Client.signedIn(h.app, 'holder.li');
    reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    holderInput.current = PASSING_INPUT;
  });
  afterAll(async () => h?.close());
  // One open application per holder (migration 008): each test starts from none.
  afterEach(async () => withdrawOpenApplications(h.db, liMing));

  const count = async (sql: string, params: unknown[] = []) => Number((await h.db.one<{ n: string }>(sql, params)).n);

  it('returns the same application for the same Idempotency-Key, even 20 in parallel', async () => {
    const key = newKey();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => createDraft(hr, liMing, 'first_application', key)),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await count('SELECT count(*) AS n FROM applications WHERE idempotency_key = $1', [key])).toBe(1);
    const reused = await hr.post(
      '/api/v1/applications',
      { holderId: liMing, kind: 'renewal_same_employer' },
      { headers: { 'idempotency-key': key } },
    );
    expect(reused.statusCode, reused.body).toBe(409);
    expect(reused.json().error.code).toBe('IDEMPOTENCY.CONFLICT');
    expect(reused.json().error.message).toContain('Idempotency-Key');
    expect(await count('SELECT count(*) AS n FROM applications WHERE idempotency_key = $1', [key])).toBe(1);
    const missing = await hr.post('/api/v1/applications', { holderId: liMing, kind: 'first_application' });
    expect(missing.statusCode).toBe(400);
    const gamma = await Client.signedIn(h.app, 'hr.gamma');
    const unverified = await gamma.post(
      '/api/v1/applications',
      { holderId: liMing, kind: 'first_application' },
      { headers: { 'idempotency-key': newKey() } },
    );
    expect(unverified.statusCode).toBe(403);
    expect(unverified.json().error.code).toBe('EMPLOYER.NOT_VERIFIED');
  });

  it('blocks a submission failing C-1 with 422, the months and the fix, and stores nothing', async () => {
    const app = await createDraft(hr, liMing);
    expect((await act(holder, app.id, 'confirm', 1)).statusCode).toBe(200);
    const events = await count('SELECT count(*) AS n FROM application_events WHERE application_id = $1', [app.id]);
    holderInput.current = C1_FAILING_INPUT;
    try {
      hr.lang = 'en';
      const res = await act(hr, app.id, 'submit', 2);
      expect(res.statusCode, res.body).toBe(422);
      const error = res.json().error;
      expect(error.code).toBe('APPLICATION.CHECKS_FAILED');
      const c1 = error.details.find((d: { path: string }) => d.path === 'checks.C-1');
      // Issue 22: the months that did not count, each with why (here: recorded as unpaid), named once.
      expect(c1.message).toMatch(/not paid in 2025-/);
      expect(c1.message).not.toMatch(/\(months:/);
      expect(c1.message).toMatch(/What to do/);
      hr.lang = 'zh';
      const zh = await act(hr, app.id, 'submit', 2);
      expect(zh.json().error.details[0].message).toMatch(/未缴费的月份：2025-/);
      expect(zh.json().error.details[0].message).not.toMatch(/涉及月份/);
      expect(zh.json().error.details[0].message).toMatch(/处理办法/);
    } finally {
      holderInput.current = PASSING_INPUT;
      hr.lang = 'zh';
    }
    const after = await h.db.one<{ state: string; version: number }>(
      'SELECT state, version FROM applications WHERE id = $1',
      [app.id],
    );
    expect(after).toEqual({ state: 'holder_confirmed', version: 2 });
    expect(await count('SELECT count(*) AS n FROM application_events WHERE application_id = $1', [app.id])).toBe(
      events,
    );
    expect(
      await count("SELECT count(*) AS n FROM outbox WHERE application_id = $1 AND channel = 'sms'", [app.id]),
    ).toBe(0);
  });

  it('first application -> review with SLA; stale version 409; of two concurrent approvals one wins; then R-1 renewal auto-approves with the SMS in the same transaction', async () => {
    await withoutPointsOnFile(h.db, liMing);
    const app = await createDraft(hr, liMing);
    await act(holder, app.id, 'confirm', 1);
    const submitted = await act(hr, app.id, 'submit', 2);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const detail = submitted.json().application;
    expect(detail.state).toBe('under_review');
    expect(detail.version).toBe(4);
    expect(detail.slaDue).toMatch(/^2026-07-/);
    expect(detail.sla.status).toBe('on_track');
    expect(detail.policyId).toBe('sh-2026');
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['confirm', 'submit', 'route_to_review']);

    const stale = await act(reviewer, app.id, 'approve', 3);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('APPLICATION.CONFLICT');

    const reviewer2 = await Client.signedIn(h.app, 'reviewer.pd');
    const [a, b] = await Promise.all([
      act(reviewer, app.id, 'approve', 4),
      act(reviewer2, app.id, 'reject', 4, '材料不符'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);

    // The renewal belongs to the next permit cycle: the permit is endorsed first (R-3 step 1).
    await startNextPermitCycle(h.db, liMing);
    const renewal = await createDraft(hr, liMing, 'renewal_same_employer');
    await act(holder, renewal.id, 'confirm', 1);
    const auto = await act(hr, renewal.id, 'submit', 2);
    if (a.statusCode === 200) {
      expect(auto.json().application.state).toBe('approved');
      expect(auto.json().application.noticeIssuedOn).toBe('2026-06-15');
      const sms = await h.db.query<{ status: string; text_zh: string; event_id: string }>(
        "SELECT o.status, o.text_zh, o.event_id FROM outbox o JOIN application_events e ON e.id = o.event_id WHERE o.application_id = $1 AND o.channel = 'sms' AND e.action = 'auto_approve'",
        [renewal.id],
      );
      expect(sms).toHaveLength(1);
      expect(sms[0]!.status).toBe('pending');
      // Messages name the application by its number, not its UUID (issue #10).
      expect(sms[0]!.text_zh).toContain((auto.json().application as { number: string }).number);
      expect(sms[0]!.text_zh).not.toContain(renewal.id);
    } else {
      expect(auto.json().application.state).toBe('under_review');
      // The rejection won: 李明 has no points on file (he was taken as a holder without them); the renewal's
      // approval opens his cycle again, as the tests after this one expect.
      const approved = await act(reviewer, renewal.id, 'approve', auto.json().application.version);
      expect(approved.statusCode, approved.body).toBe(200);
    }
    expect(await count('SELECT count(*) AS n FROM points_records WHERE holder_id = $1', [liMing])).toBe(1);
  });

  it('R-2: a changed employer goes to awaiting_visit with the M-1..M-4 checklist', async () => {
    const app = await createDraft(hr, liMing, 'renewal_changed_employer');
    await act(holder, app.id, 'confirm', 1);
    await ensureEndorsedForRenewal(h.db, liMing);
    const res = await act(hr, app.id, 'submit', 2);
    expect(res.json().application.state).toBe('awaiting_visit');
    const list = await hr.get(`/api/v1/applications/${app.id}/checklist`);
    const rules = new Set((list.json().checklist.items as { ruleId: string }[]).map((i) => i.ruleId));
    expect([...rules].sort()).toEqual(['M-1', 'M-2', 'M-3', 'M-4']);
    const sms = await count(
      "SELECT count(*) AS n FROM outbox WHERE application_id = $1 AND channel = 'sms' AND template = 'visit_required'",
      [app.id],
    );
    expect(sms).toBe(1);
  });

  it("L-2: a renewal submitted in time cancels the reminders; withdrawn, it gives them back, in the record's history", async () => {
    const record = () =>
      h.db.one<{ id: string; renewal_submitted_on: string | null; expires_on: string }>(
        'SELECT id, renewal_submitted_on::text AS renewal_submitted_on, expires_on::text AS expires_on FROM points_records WHERE holder_id = $1',
        [liMing],
      );
    const eventsOf = async (id: string, kind: string) =>
      count('SELECT count(*) AS n FROM points_record_events WHERE record_id = $1 AND kind = $2', [id, kind]);
    // Earlier tests end their applications with SQL (withdrawOpenApplications), past the workflow: start from no pending renewal.
    await h.db.execute('UPDATE points_records SET renewal_submitted_on = NULL WHERE holder_id = $1', [liMing]);
    const before = await record();
    const cancelledBefore = await eventsOf(before.id, 'reminders_cancelled');
    const resumedBefore = await eventsOf(before.id, 'reminders_resumed');
    const app = await createDraft(hr, liMing, 'renewal_changed_employer');
    await act(holder, app.id, 'confirm', 1);
    await ensureEndorsedForRenewal(h.db, liMing);
    const sent = (await act(hr, app.id, 'submit', 2)).json().application as { state: string; version: number };
    expect(sent.state).toBe('awaiting_visit');
    const submitted = await record();
    expect(submitted.renewal_submitted_on).not.toBeNull();
    expect(submitted.renewal_submitted_on! <= submitted.expires_on).toBe(true);
    expect(await eventsOf(before.id, 'reminders_cancelled')).toBe(cancelledBefore + 1);
    const withdrawn = await act(hr, app.id, 'withdraw', sent.version);
    expect(withdrawn.json().application.state, withdrawn.body).toBe('withdrawn');
    expect((await record()).renewal_submitted_on).toBeNull();
    expect(await eventsOf(before.id, 'reminders_resumed')).toBe(resumedBefore + 1);
    const history = (await holder.get('/api/v1/points-records/mine')).json() as {
      events: { kind: string; ruleId: string }[];
    };
    expect(history.events.filter((e) => e.kind === 'reminders_resumed').map((e) => e.ruleId)).toEqual(
      Array(resumedBefore + 1).fill('L-2'),
    );
    expect(
      await count("SELECT count(*) AS n FROM audit_log WHERE action = 'points.reminders_resumed' AND subject_id = $1", [
        before.id,
      ]),
    ).toBe(resumedBefore + 1);
  });

  it('notifies HR in-app on confirm (read once), and shows the holder its SMS log', async () => {
    const app = await createDraft(hr, liMing);
    await act(holder, app.id, 'confirm', 1);
    const list = (await hr.get('/api/v1/notifications')).json();
    const mine = list.notifications.find((n: { applicationId: string }) => n.applicationId === app.id);
    expect(mine.body).toContain(app.number);
    expect(list.unread).toBeGreaterThan(0);
    const read = await hr.post(`/api/v1/notifications/${mine.id}/read`);
    expect(read.json().notification.readAt).toBeTruthy();
    expect((await holder.post(`/api/v1/notifications/${mine.id}/read`)).statusCode).toBe(404);
    const sms = (await holder.get('/api/v1/me/sms')).json().messages as { text: string; mobile: string }[];
    for (const m of sms) {
      expect(m.text).toMatch(/^【积分】/);
      expect(m.mobile).toBe('138****5678');
    }
  });

  it('scopes lists: HR its employer, the holder itself, another district nothing', async () => {
    const other = await Client.signedIn(h.app, 'reviewer.xh');
    expect((await other.get('/api/v1/applications')).json().applications).toEqual([]);
    const mine = (await holder.get('/api/v1/applications')).json().applications as { holder: { id: string } }[];
    expect(mine.length).toBeGreaterThan(0);
    for (const a of mine) expect(a.holder.id).toBe(liMing);
  });
});
