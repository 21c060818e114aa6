import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { alertPendingData } from '../../jobs/pending-data-alert.ts';
import { act, createDraft, ensureEndorsedForRenewal } from '../applications/test-support.ts';

/**
 * Issue #9 on the demo data, on 2026-12-15: the review due date of a
 * submission that day falls in 2027 and the months from 2026-07 need the
 * 2025 average wage; neither is published. The submission is accepted and
 * flagged (P-2); once a second administrator publishes the data, the date
 * and the checks are computed, audited and the people told.
 */
const TEST_2027 = {
  year: 2027,
  // Test data, not the State Council's 2027 notice: enough holidays to move a due date.
  notices: [
    {
      number: null,
      title: 'jifen test calendar for 2027 (not the official notice)',
      date: '2026-11-20',
      url: 'https://example.org/jifen-test-2027',
    },
  ],
  holidays: [
    { date: '2027-01-01', name: { zh: '元旦', en: "New Year's Day" } },
    ...['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map(
      (date) => ({ date, name: { zh: '春节', en: 'Spring Festival' } }),
    ),
  ],
  makeupWorkdays: [{ date: '2027-02-20', name: { zh: '春节调休上班', en: 'Spring Festival make-up working day' } }],
  source: 'jifen test data',
};

describe.each(DB_KINDS)('policy data administration (%s)', (kind) => {
  let h: Harness;
  let admin: Client;
  let admin2: Client;
  let hr: Client;
  let holder: Client;
  let liMing: string;
  let applicationId: string;

  beforeAll(async () => {
    h = await startHarness(kind, { now: '2026-12-15T02:00:00.000Z' });
    liMing = await holderIdByName(h.db, '李明');
    admin = await Client.signedIn(h.app, 'admin');
    admin2 = await Client.signedIn(h.app, 'admin2');
    hr = await Client.signedIn(h.app, 'hr.acme');
    holder = await Client.signedIn(h.app, 'holder.li');
  });
  afterAll(async () => h?.close());

  it('loads the shipped files as published revision 1 and serves them publicly', async () => {
    const docs = (await admin.get('/api/v1/admin/policy/documents')).json().documents as {
      kind: string;
      key: string;
      origin: string;
      status: string;
    }[];
    expect(
      docs
        .filter((d) => d.kind === 'version')
        .map((d) => d.key)
        .sort(),
    ).toEqual(['sh-2018', 'sh-2026']);
    expect(
      docs.some((d) => d.kind === 'calendar' && d.key === '2026' && d.status === 'published' && d.origin === 'shipped'),
    ).toBe(true);
    expect(docs.some((d) => d.kind === 'calendar' && d.key === '2027')).toBe(false);
    const anon = new Client(h.app);
    const data = await anon.get('/api/v1/policy/data');
    expect(data.statusCode).toBe(200);
    expect(data.json().versions.length).toBe(2);
    expect(data.json().calendars.some((c: { year: number }) => c.year === 2026)).toBe(true);
  });

  it('P-2: a submission whose due date needs 2027 and whose checks need the 2025 wage is accepted and flagged, not refused', async () => {
    // S-9 with P-2 only when it can change the result: at a base of 12,400 (>= 1x of 2022's 12,183 and 2023's
    // 12,307, < 1x of 2024's 12,434) 30 of the 48 months reach 1x on published figures, and the 6 months from
    // 2026-07 judged against the unpublished 2025 figure could make the 36 the 1x tier needs: the check is pending.
    const current = (await hr.get(`/api/v1/holders/${liMing}/records`)).json().records as {
      months: { base?: number; taxedIncome?: number }[];
      version: number;
    };
    const near = current.months.map((m) =>
      m.base === undefined ? m : { ...m, base: 12400, taxedIncome: Math.max(12400, m.taxedIncome ?? 0) },
    );
    const put = await hr.request('PUT', `/api/v1/holders/${liMing}/records`, {
      body: { months: near, expectedVersion: current.version },
    });
    expect(put.statusCode, put.body).toBe(200);
    const renewal = await createDraft(hr, liMing, 'renewal_same_employer');
    applicationId = renewal.id;
    await act(holder, renewal.id, 'confirm', 1);
    await ensureEndorsedForRenewal(h.db, liMing);
    const res = await act(hr, renewal.id, 'submit', 2);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json().application;
    expect(a.state).toBe('under_review');
    expect(a.slaDue).toBeNull();
    expect(a.pending.map((p: { kind: string; year: number }) => `${p.kind}:${p.year}`).sort()).toEqual([
      'calendar:2027',
      'wage:2025',
    ]);
    expect(a.pending[0].message.zh).toContain('P-2');
    expect(a.checks.find((c: { ruleId: string }) => c.ruleId === 'C-2')).toMatchObject({
      passed: false,
      pending: { kind: 'wage', year: 2025 },
    });
    const sms = await h.db.query<{ template: string; text_zh: string }>(
      "SELECT template, text_zh FROM outbox WHERE application_id = $1 AND channel = 'sms'",
      [a.id],
    );
    expect(sms.map((m) => m.template)).toEqual(['review_started_date_pending']);
    expect(sms[0]?.text_zh).toContain('2027年工作日历尚未发布');
    const pending = (await admin.get('/api/v1/admin/policy/pending')).json().items;
    expect(pending).toEqual(
      expect.arrayContaining([
        { kind: 'calendar', year: 2027, applications: 1, since: '2026-12-15' },
        { kind: 'wage', year: 2025, applications: 1, since: '2026-12-15' },
      ]),
    );
  });

  it('tells the administrators once a day', async () => {
    expect(await alertPendingData(h.db, h.clock)).toBe(2);
    expect(await alertPendingData(h.db, h.clock)).toBe(0);
    const n = await h.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.role = 'admin' AND n.title = '政策数据待发布（P-2）'`,
    );
    expect(n.n).toBe(4); // two items x two administrators
  });

  it('the drafter cannot publish; a second administrator can; the due date is then computed, audited and sent', async () => {
    const draft = await admin.post('/api/v1/admin/policy/calendars', TEST_2027);
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().document.id;
    const impact = (await admin.get(`/api/v1/admin/policy/documents/${id}/impact`)).json();
    expect(impact.dueDates).toEqual([
      {
        applicationId,
        holderName: '李明',
        startedOn: '2026-12-15',
        before: null,
        after: '2027-01-13',
        stillPendingYear: null,
      },
    ]);
    const self = await admin.post(`/api/v1/admin/policy/documents/${id}/publish`, {});
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('POLICY.SAME_ADMIN');
    const sweptBefore = await h.db.query(`SELECT day FROM lifecycle_sweep_days WHERE day = DATE '2026-12-15'`);
    const published = await admin2.post(`/api/v1/admin/policy/documents/${id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().resolved).toEqual({ dueDates: 1, checks: 0 });
    // The lifecycle sweep ran with the new data at once (issue #13, P-2), not at its next scheduled run.
    expect(sweptBefore).toHaveLength(0);
    const swept = await h.db.one<{ digest_pending_year: number | null }>(
      `SELECT digest_pending_year FROM lifecycle_sweep_days WHERE day = DATE '2026-12-15'`,
    );
    expect(swept.digest_pending_year).toBeNull();
    const a = (await hr.get(`/api/v1/applications/${applicationId}`)).json().application;
    expect(a.slaDue).toBe('2027-01-13');
    expect(a.pending.map((p: { kind: string }) => p.kind)).toEqual(['wage']);
    expect(a.sla).toMatchObject({ dueDate: '2027-01-13', status: 'on_track' });
    const sms = await h.db.query<{ text_zh: string }>(
      "SELECT text_zh FROM outbox WHERE application_id = $1 AND template = 'review_due_date_set'",
      [applicationId],
    );
    expect(sms[0]?.text_zh).toContain('2027-01-13');
    const audit = await h.db.query<{ action: string; actor_id: string | null }>(
      `SELECT action, actor_id FROM audit_log WHERE action IN ('policy.published', 'application.due_date_computed') ORDER BY id`,
    );
    expect(audit.map((x) => x.action)).toEqual(['policy.published', 'application.due_date_computed']);
    expect(audit[1]?.actor_id).toBeNull(); // the system computed it, caused by the publication
  });

  it('a published calendar cannot be edited: the API refuses, the database refuses; a correction needs a reason', async () => {
    const doc = (await admin.get('/api/v1/admin/policy/documents?kind=calendar'))
      .json()
      .documents.find((d: { key: string }) => d.key === '2027');
    const put = await admin.request('PUT', `/api/v1/admin/policy/calendars/${doc.id}`, { body: TEST_2027 });
    expect(put.statusCode).toBe(409);
    expect(put.json().error.code).toBe('POLICY.PUBLISHED');
    // Simple-protocol statements (the id is a UUID the API gave): as a database user with write access would type them.
    expect(doc.id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(h.db.query(`UPDATE policy_documents SET doc = '{}'::jsonb WHERE id = '${doc.id}'`)).rejects.toThrow(
      /published/,
    );
    await expect(h.db.query(`DELETE FROM policy_documents WHERE id = '${doc.id}'`)).rejects.toThrow(/published/);
    const noReason = await admin.post('/api/v1/admin/policy/calendars', TEST_2027);
    expect(noReason.json().error.code).toBe('POLICY.REASON_REQUIRED');
  });

  it('publishing the 2025 wage computes the pending checks of the open application under its recorded version, and R-1 then approves it', async () => {
    const draft = await admin2.post('/api/v1/admin/policy/wages', {
      year: 2025,
      monthlyAverage: 12800,
      source: 'jifen test figure, not the official 2025 announcement',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().document.id;
    expect((await admin.get(`/api/v1/admin/policy/documents/${id}/impact`)).json().pendingChecks).toBe(1);
    const published = await admin.post(`/api/v1/admin/policy/documents/${id}/publish`, {});
    expect(published.json().resolved).toEqual({ dueDates: 0, checks: 1 });
    const a = (await holder.get(`/api/v1/applications/${applicationId}`)).json().application;
    expect(a.pending).toEqual([]);
    const c2 = a.checks.find((c: { ruleId: string }) => c.ruleId === 'C-2');
    expect(c2.pending).toBeUndefined();
    expect(c2.passed).toBe(true);
    // Issue 17: routed again as at submission, the R-1 renewal whose checks now all pass is approved automatically (P-2).
    expect(a.events.map((e: { action: string }) => e.action)).toEqual([
      'confirm',
      'submit',
      'route_to_review',
      'due_date_computed',
      'checks_computed',
      'auto_approve',
    ]);
    expect(a.state).toBe('approved');
    expect(a.slaDue).toBeNull();
  });

  it('a version drafted from sh-2026 with one changed parameter applies to assessments from its effective date only', async () => {
    const body = {
      basedOn: 'sh-2026',
      id: 'sh-2027-test',
      name: { zh: '测试版本（标准分值110）', en: 'Test version (standard score 110)' },
      effectiveFrom: '2027-01-01',
      changes: [{ path: 'points.standardScore', value: 110, source: 'jifen test: a changed standard score' }],
      reason: 'test of a policy change',
    };
    const past = await admin.post('/api/v1/admin/policy/versions', { ...body, effectiveFrom: '2026-12-15' });
    expect(past.json().error.code).toBe('POLICY.EFFECTIVE_DATE');
    const bad = await admin.post('/api/v1/admin/policy/versions', {
      ...body,
      changes: [{ path: 'points.standardScore', value: -5, source: 'x-test' }],
    });
    expect(bad.statusCode).toBe(422);
    const draft = await admin.post('/api/v1/admin/policy/versions', body);
    expect(draft.statusCode, draft.body).toBe(201);
    const params = draft.json().document.parameters as { path: string; value: unknown }[];
    expect(params.find((p) => p.path === 'points.standardScore')?.value).toBe(110);
    const cmp = (await admin.get('/api/v1/admin/policy/compare?a=sh-2026&b=sh-2026&asOf=2026-12-15')).json();
    expect(cmp.parameters).toEqual([]);
    const published = await admin2.post(`/api/v1/admin/policy/documents/${draft.json().document.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);

    const summary = {
      age: 30,
      education: 'benke',
      qualifyingMonths: 48,
      insuredThisMonth: true,
      monthsPaidInWindow: 12,
    };
    const visitor = new Client(h.app);
    await visitor.fetchCsrf();
    const assess = async (asOf: string) =>
      (await visitor.post('/api/v1/assessments', assessmentBody(asOf, summary))).json();
    const before = await assess('2026-12-31');
    const after = await assess('2027-01-01');
    expect(before.assessment.policyId).toBe('sh-2026');
    expect(after.assessment.policyId).toBe('sh-2027-test');
    expect(before.assessment.standardScore).toBe(120);
    expect(after.assessment.standardScore).toBe(110);

    const cmp2 = (await admin.get('/api/v1/admin/policy/compare?a=sh-2026&b=sh-2027-test&asOf=2026-12-15')).json();
    expect(cmp2.parameters).toEqual([expect.objectContaining({ path: 'points.standardScore', a: 120, b: 110 })]);
    expect(cmp2.cases.assessed).toBeGreaterThan(0);
    const crossed = cmp2.cases.crossedUp as { totalA: number; totalB: number }[];
    for (const c of crossed) expect(c.totalA >= 110 && c.totalA < 120).toBe(true);
    expect(cmp2.cases.distribution.reduce((n: number, r: { a: number }) => n + r.a, 0)).toBe(cmp2.cases.assessed);
  });

  it('replay: every stored decision in the demo data recomputes to the same result under its recorded version and hash', async () => {
    const saved = await holder.post('/api/v1/me/assessments', {
      ...assessmentBody('2026-12-15', { age: 30, education: 'master', qualifyingMonths: 24, monthsPaidInWindow: 12 }),
      label: 'replay test',
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const r = (await admin.post('/api/v1/admin/policy/replay', {})).json();
    expect(r.mismatches).toEqual([]);
    expect(r.withoutInput).toBe(0);
    expect(r.checked).toBeGreaterThanOrEqual(2);
    expect(r.matched).toBe(r.checked);
  });
});

function assessmentBody(asOf: string, si: Record<string, unknown>) {
  return {
    asOf,
    input: {
      age: si.age,
      education: si.education,
      socialInsurance: {
        kind: 'summary',
        qualifyingMonths: si.qualifyingMonths,
        insuredThisMonth: true,
        monthsPaidInWindow: si.monthsPaidInWindow,
        baseMultipleTier: null,
      },
    },
  };
}
