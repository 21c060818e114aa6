import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { act, createDraft, ensureEndorsedForRenewal } from '../applications/test-support.ts';

/**
 * Issue #12 through the API on the demo data (PGlite, one server): the
 * reviewer's queue and holds, the materials at the visit item by item (R-2,
 * M-5) with the receipt, the indicator review recomputed under the
 * application's policy version, and the false-material finding (C-5) that
 * later applications and the holder's own page see.
 */
describe('review workbench (issue #12)', () => {
  let h: Harness;
  let hr: Client;
  let holder: Client;
  let reviewer: Client;
  let colleague: Client;
  let colleagueId: string;
  let liMing: string;

  const ITEM = { present: true, originalSeen: true, copy: true, sealed: true };
  const ITEMS = [
    'holder_id_card',
    'residence_permit',
    'labour_contract',
    'termination_record',
    'business_licence',
    'uscc_certificate',
    'introduction_letter',
    'hr_id_card',
  ];
  const complete = (expectedVersion: number) => ({
    expectedVersion,
    items: Object.fromEntries(ITEMS.map((k) => [k, ITEM])),
    contractStart: '2025-11-01',
    contractEnd: '2027-10-31',
    terminationLeaveDate: '2025-10-31',
    permitValidUntil: '2026-09-30',
    hrSpecialistInPerson: true,
  });

  /** 李明's renewal with a changed claim: R-1 sends it to review (the commendation is the reviewable claim). */
  async function underReview(commendation: string): Promise<{ id: string; version: number }> {
    const claims = (await hr.get(`/api/v1/holders/${liMing}/claims`)).json().claims;
    const put = await hr.request('PUT', `/api/v1/holders/${liMing}/claims`, {
      body: { claims: { ...claims.claims, commendations: [commendation] }, expectedVersion: claims.version },
    });
    expect(put.statusCode, put.body).toBe(200);
    const draft = await createDraft(hr, liMing, 'renewal_same_employer');
    await act(holder, draft.id, 'confirm', 1);
    await ensureEndorsedForRenewal(h.db, liMing);
    const routed = (await act(hr, draft.id, 'submit', 2)).json().application;
    expect(routed.state).toBe('under_review');
    return { id: routed.id, version: routed.version };
  }

  beforeAll(async () => {
    h = await startHarness('pglite', { now: '2025-12-15T02:00:00.000Z' });
    liMing = await holderIdByName(h.db, '李明');
    hr = await Client.signedIn(h.app, 'hr.acme');
    holder = await Client.signedIn(h.app, 'holder.li');
    reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    // A second reviewer of 浦东, with the demo password.
    colleagueId = randomUUID();
    await h.db.query(
      `INSERT INTO users (id, username, display_name, role, password_hash, district_code, centre_id, created_at)
       SELECT $1, 'reviewer.pd2', '浦东新区人才服务中心 钱审核', 'reviewer', password_hash, district_code, centre_id, now() FROM users WHERE username = 'reviewer.pd'`,
      [colleagueId],
    );
    colleague = await Client.signedIn(h.app, 'reviewer.pd2');
  });
  afterAll(async () => h?.close());

  it('queue, hold and hand over; file retrieval; an indicator rejected with a reason; approved; the notice carries the reviewed total', async () => {
    const app = await underReview('municipal');
    const queue = (await reviewer.get('/api/v1/review/queue?state=under_review')).json();
    const row = queue.cases.find((c: { id: string }) => c.id === app.id);
    // Entered review on Monday 2025-12-15: 20 working days later is 2026-01-13 (1/1-1/3 off, Sunday 1/4 a make-up day).
    expect(row.sla).toEqual({ status: 'on_track', workingDaysLeft: 20, dueDate: '2026-01-13', pendingYear: null });
    expect(queue.counts.on_track).toBeGreaterThanOrEqual(1);
    expect(queue.colleagues.map((c: { name: string }) => c.name)).toContain('浦东新区人才服务中心 钱审核');
    const xh = await Client.signedIn(h.app, 'reviewer.xh');
    expect((await xh.get('/api/v1/review/queue')).json().cases.some((c: { id: string }) => c.id === app.id)).toBe(
      false,
    );

    expect((await reviewer.post(`/api/v1/applications/${app.id}/claim`)).statusCode).toBe(200);
    const taken = await colleague.post(`/api/v1/applications/${app.id}/claim`);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('REVIEW.HELD_BY_OTHER');
    const handed = await reviewer.post(`/api/v1/applications/${app.id}/handover`, { toUserId: colleagueId });
    expect(handed.json().assignee.name).toBe('浦东新区人才服务中心 钱审核');
    const mine = (await colleague.get('/api/v1/review/queue?holder=me')).json();
    expect(mine.cases.map((c: { id: string }) => c.id)).toEqual([app.id]);
    // Only the holder of the case decides it.
    expect((await act(reviewer, app.id, 'approve', app.version)).json().error.code).toBe('REVIEW.HELD_BY_OTHER');

    const early = await colleague.request('PUT', `/api/v1/applications/${app.id}/review/indicators/commendation`, {
      body: { decision: 'rejected', reason: '表彰证书无法核实' },
    });
    expect(early.json().error.code).toBe('REVIEW.FILE_NOT_RETRIEVED');
    const retrieved = (await colleague.post(`/api/v1/applications/${app.id}/review/file-retrieval`)).json().review;
    expect(retrieved.fileRetrieval.by.name).toBe('浦东新区人才服务中心 钱审核');
    const decided = await colleague.request('PUT', `/api/v1/applications/${app.id}/review/indicators/commendation`, {
      body: { decision: 'rejected', reason: '表彰证书无法核实' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const review = decided.json().review;
    const line = review.lines.find((l: { indicator: string }) => l.indicator === 'commendation');
    expect(line).toMatchObject({ reviewed: 0, decision: { decision: 'rejected', reason: '表彰证书无法核实' } });
    expect(review.totals.claimedTotal - review.totals.reviewedTotal).toBe(line.claimed);
    const noClaim = await colleague.request('PUT', `/api/v1/applications/${app.id}/review/indicators/talent`, {
      body: { decision: 'rejected', reason: 'x' },
    });
    expect(noClaim.json().error.code).toBe('REVIEW.NOT_CLAIMED');

    // The holder and HR read the decision and its reason.
    const seen = (await holder.get(`/api/v1/applications/${app.id}/review`)).json().review;
    expect(seen.lines.find((l: { indicator: string }) => l.indicator === 'commendation').decision.reason).toBe(
      '表彰证书无法核实',
    );
    expect(seen.totals.reviewedTotal).toBe(review.totals.reviewedTotal);

    // 李明's last approval is in this permit cycle: endorse first, then approve (migration 008).
    await h.db.query(
      `INSERT INTO permits (id, holder_id, permit_no, issued_on, expires_on, created_at)
       SELECT $1, holder_id, permit_no, expires_on, expires_on + interval '1 year', now() FROM permits WHERE holder_id = $2 ORDER BY expires_on DESC LIMIT 1`,
      [randomUUID(), liMing],
    );
    const approved = await act(colleague, app.id, 'approve', app.version);
    expect(approved.statusCode, approved.body).toBe(200);
    const stored = await h.db.one<{ total: string; reviewed_total: string }>(
      'SELECT total::text, reviewed_total::text FROM applications WHERE id = $1',
      [app.id],
    );
    expect(Number(stored.reviewed_total)).toBe(review.totals.reviewedTotal);
    expect(Number(stored.total)).toBe(review.totals.claimedTotal);
    const audit = await h.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE subject_id = $1 AND action LIKE 'review.%' ORDER BY id",
      [app.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'review.claim',
      'review.handover',
      'review.file_retrieved',
      'review.indicator_decided',
    ]);
  });

  it('materials at the visit: a missing item returns the case naming it (M-5); complete materials are accepted with a receipt and start the clock', async () => {
    const wangFang = await holderIdByName(h.db, '王芳');
    const make = async () => {
      const id = randomUUID();
      const e = await h.db.one<{ employer_id: string; hr: string }>(
        "SELECT h.employer_id, (SELECT id FROM users WHERE role = 'hr' AND employer_id = h.employer_id LIMIT 1) AS hr FROM holders h WHERE h.id = $1",
        [wangFang],
      );
      await h.db.query(
        "UPDATE applications SET state = 'withdrawn' WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
        [wangFang],
      );
      await h.db.query(
        `INSERT INTO applications (id, holder_id, employer_id, kind, state, employer_changed, created_by, created_at, updated_at, idempotency_key)
         VALUES ($1, $2, $3, 'renewal_changed_employer', 'awaiting_visit', true, $4, now(), now(), $5)`,
        [id, wangFang, e.employer_id, e.hr, `t-${id}`],
      );
      return id;
    };
    const clerk = await Client.signedIn(h.app, 'clerk.pd');
    const first = await make();
    const body = complete(1);
    body.items.business_licence = { present: true, originalSeen: false, copy: true, sealed: false };
    body.items.termination_record = { present: false, originalSeen: false, copy: false, sealed: false };
    const returned = await clerk.post(`/api/v1/applications/${first}/materials`, body);
    expect(returned.statusCode, returned.body).toBe(200);
    const r = returned.json();
    expect(r.check).toMatchObject({ outcome: 'returned', receiptNo: null });
    expect(r.check.problems.map((p: { item: string; ruleId: string }) => `${p.ruleId}:${p.item}`)).toEqual([
      'M-2:termination_record',
      'M-5:business_licence',
    ]);
    expect(r.application.state).toBe('returned');
    const reason = r.application.events.at(-1).reason as string;
    expect(reason).toContain('原单位退工单');
    expect(reason).toContain('营业执照');
    expect((await clerk.get(`/api/v1/applications/${first}/receipt.pdf`)).json().error.code).toBe('REVIEW.NO_RECEIPT');

    const second = await make();
    const accepted = (await clerk.post(`/api/v1/applications/${second}/materials`, complete(1))).json();
    expect(accepted.check.outcome).toBe('accepted');
    expect(accepted.check.receiptNo).toMatch(/^SJ-JF\d{4}-\d{6}-1$/);
    expect(accepted.application).toMatchObject({ state: 'under_review', slaDue: '2026-01-13' });
    const pdf = await clerk.get(`/api/v1/applications/${second}/receipt.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const view = (await reviewer.get(`/api/v1/applications/${second}/review`)).json().review;
    expect(view.materials).toMatchObject({
      outcome: 'accepted',
      receiptNo: accepted.check.receiptNo,
      checkedBy: { name: expect.stringContaining('') },
    });
  });

  it('C-5: a false-material finding rejects the case, records -150 and the 3-year bar on the holder, and the next application is refused', async () => {
    const app = await underReview('municipal_bureau');
    const res = await reviewer.post(`/api/v1/applications/${app.id}/review/false-material`, {
      expectedVersion: app.version,
      reason: '劳动合同系伪造',
    });
    expect(res.statusCode, res.body).toBe(200);
    const rejected = res.json().application;
    expect(rejected.state).toBe('rejected');
    expect(rejected.events.at(-1).reason).toContain('2028-12-15');
    expect(rejected.events.at(-1).reason).toContain('劳动合同系伪造');
    // The notice of the approval in the first test is revoked with the finding (issue #12: the verification page shows it).
    const revoked = await h.db.query<{ revoked_reason: string }>(
      'SELECT n.revoked_reason FROM notices n JOIN applications a ON a.id = n.application_id WHERE a.holder_id = $1 AND n.revoked_at IS NOT NULL',
      [liMing],
    );
    expect(revoked.map((r) => r.revoked_reason)).toContain('false_material');
    const mine = (await holder.get('/api/v1/me/false-material-findings')).json().findings;
    expect(mine).toEqual([
      expect.objectContaining({
        ruleId: 'C-5',
        foundOn: '2025-12-15',
        penalty: -150,
        barredUntil: '2028-12-16',
        countsUntil: '2028-12-15',
        reason: '劳动合同系伪造',
        active: true,
      }),
    ]);
    const next = await createDraft(hr, liMing, 'renewal_same_employer');
    await act(holder, next.id, 'confirm', 1);
    const refused = await act(hr, next.id, 'submit', 2);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toContain('checks.C-5');
    const hrView = (await hr.get(`/api/v1/applications/${next.id}/review`)).json().review;
    expect(hrView.findings[0]).toMatchObject({ foundOn: '2025-12-15', barredUntil: '2028-12-16' }); // C-9: the 3 years end on 2028-12-15 inclusive
  });
});
