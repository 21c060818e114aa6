import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears } from '@jifen/domain';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { pdfTextAndLinks } from '../../../test/support/pdf.ts';
import { shanghaiDate } from '../../clock.ts';
import { act, createDraft } from './test-support.ts';

/**
 * Issue 17, on today's date with the demo data and the real holder data (no
 * stand-in input): one holder's permit, points cycle, application and
 * notice agree. The seed's main journey (签注 first, then the renewal, then
 * a notice valid until the new expiry), an endorsement that does not make
 * the points valid, and a lapsed permit (L-5) that is never renewed.
 */
describe.each(DB_KINDS)("one holder's timeline (%s)", (kind) => {
  let h: Harness;
  let hr: Client;
  let clerk: Client;
  let reviewer: Client;
  let today: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    today = shanghaiDate(h.clock.now());
    hr = await Client.signedIn(h.app, 'hr.acme');
    clerk = await Client.signedIn(h.app, 'clerk.pd');
    reviewer = await Client.signedIn(h.app, 'reviewer.pd');
  });
  afterAll(async () => h?.close());

  const permitExpiry = async (holderId: string) =>
    (await h.db.one<{ e: string }>('SELECT max(expires_on)::text AS e FROM permits WHERE holder_id = $1', [holderId]))
      .e;
  const hrHolder = async (holderId: string) => (await hr.get(`/api/v1/holders/${holderId}`)).json().holder;
  const codeOf = async (c: Client, applicationId: string) => {
    const res = await c.get(`/api/v1/applications/${applicationId}/notice.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    const { links } = await pdfTextAndLinks(res.rawPayload);
    return links[0]!.slice(links[0]!.indexOf('/verify/') + '/verify/'.length);
  };
  const verify = async (code: string) => (await new Client(h.app).get(`/api/v1/public/notices/${code}`)).json();

  it('李明: the renewal waits for the endorsement (L-7); the endorsement alone leaves the points as they were; approved, the notice runs to the new expiry and the old one is superseded', async () => {
    const liMing = await holderIdByName(h.db, '李明');
    const holder = await Client.signedIn(h.app, 'holder.li');
    const oldExpiry = await permitExpiry(liMing);
    const prior = await h.db.one<{ id: string }>(
      "SELECT id FROM applications WHERE holder_id = $1 AND state = 'approved'",
      [liMing],
    );
    const priorCode = await codeOf(holder, prior.id);
    expect((await verify(priorCode)).status).toBe('valid');

    const draft = await createDraft(hr, liMing, 'renewal_same_employer');
    await act(holder, draft.id, 'confirm', 1);
    const detail = (await hr.get(`/api/v1/applications/${draft.id}`)).json().application;
    expect(detail.timeline.blocker).toMatchObject({ ruleId: 'L-7', code: 'TIMELINE.PERMIT_NOT_ENDORSED' });
    const refused = await act(hr, draft.id, 'submit', 2);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'TIMELINE.PERMIT_NOT_ENDORSED', ruleId: 'L-7' });
    expect(refused.json().error.message).toContain('社区事务受理服务中心');
    expect(await h.db.one('SELECT state, version FROM applications WHERE id = $1', [draft.id])).toEqual({
      state: 'holder_confirmed',
      version: 2,
    });

    const newExpiry = addYears(oldExpiry, 1);
    const endorsed = await clerk.post(`/api/v1/holders/${liMing}/endorsements`, {
      endorsedOn: today,
      newExpiresOn: newExpiry,
    });
    expect(endorsed.statusCode, endorsed.body).toBe(201);
    // The endorsement extends the permit only: the points still end on the old expiry, in the renewal window.
    const between = await hrHolder(liMing);
    expect(between.permit.expiresOn).toBe(newExpiry);
    expect(between.points).toMatchObject({ expiresOn: oldExpiry });
    expect(between.lifecycle.state).toBe('renewal_window');
    expect((await verify(priorCode)).status).toBe('valid');

    const submitted = await act(hr, draft.id, 'submit', 2);
    expect(submitted.statusCode, submitted.body).toBe(200);
    let app = submitted.json().application;
    expect(app.timeline.permitPeriod.expiresOn).toBe(newExpiry);
    if (app.state === 'under_review') app = (await act(reviewer, draft.id, 'approve', app.version)).json().application;
    expect(app.state).toBe('approved');

    // One truth: the application's period, the points cycle and the notice all end on the new expiry.
    const record = await h.db.one<{ expires_on: string; cycle: number }>(
      'SELECT expires_on::text AS expires_on, cycle FROM points_records WHERE holder_id = $1',
      [liMing],
    );
    expect(record).toEqual({ expires_on: newExpiry, cycle: 2 });
    const after = await hrHolder(liMing);
    expect(after.points.expiresOn).toBe(newExpiry);
    expect(after.lifecycle.state).toBe('valid');
    const v = await verify(await codeOf(holder, draft.id));
    expect(v).toMatchObject({ status: 'valid', notice: { validUntil: newExpiry } });
    expect(await verify(priorCode)).toMatchObject({ status: 'superseded', supersededOn: today });
  });

  it('刘洋: endorsed in the late window, the points stay late with their clearing day until a renewal is approved (L-3, L-4)', async () => {
    const liuYang = await holderIdByName(h.db, '刘洋');
    const oldExpiry = await permitExpiry(liuYang);
    const endorsed = await clerk.post(`/api/v1/holders/${liuYang}/endorsements`, {
      endorsedOn: today,
      newExpiresOn: addDays(addYears(today, 1), -1),
    });
    expect(endorsed.statusCode, endorsed.body).toBe(201);
    const after = await hrHolder(liuYang);
    expect(after.lifecycle.state).toBe('grace');
    expect(after.points).toEqual({ cycle: 1, expiresOn: oldExpiry, clearsOn: addDays(oldExpiry, 61) });
    expect(after.lifecycle.nextDeadline).toEqual({ kind: 'late_renewal_ends', date: addDays(oldExpiry, 60) });
    const roster = (await hr.get('/api/v1/roster?state=grace')).json();
    expect(roster.entries.map((e: { name: string }) => e.name)).toContain('刘洋');
  });

  it('杨磊: a lapsed permit (L-5) is never renewed; the clerk records a new permit and a first application can go ahead', async () => {
    const yangLei = await holderIdByName(h.db, '杨磊');
    const inReview = await h.db.one<{ id: string; version: number }>(
      "SELECT id, version FROM applications WHERE holder_id = $1 AND state = 'under_review'",
      [yangLei],
    );
    const shown = (await reviewer.get(`/api/v1/applications/${inReview.id}`)).json().application;
    expect(shown.timeline.blocker).toMatchObject({ ruleId: 'L-5', code: 'TIMELINE.PERMIT_LAPSED' });
    expect(shown.allowedActions).not.toContain('approve');
    const approve = await act(reviewer, inReview.id, 'approve', inReview.version);
    expect(approve.statusCode, approve.body).toBe(422);
    expect(approve.json().error.ruleId).toBe('L-5');
    expect(
      (await h.db.one<{ state: string }>('SELECT state FROM applications WHERE id = $1', [inReview.id])).state,
    ).toBe('under_review');
    const reject = await act(
      reviewer,
      inReview.id,
      'reject',
      inReview.version,
      '居住证逾期超过90天，须重新办理居住证（L-5）',
    );
    expect(reject.statusCode, reject.body).toBe(200);

    const renewal = await hr.post(
      '/api/v1/applications',
      { holderId: yangLei, kind: 'renewal_same_employer' },
      { headers: { 'idempotency-key': `yl-${kind}-1` } },
    );
    expect(renewal.statusCode, renewal.body).toBe(422);
    expect(renewal.json().error.ruleId).toBe('L-5');

    const wangFang = await holderIdByName(h.db, '王芳');
    const notLapsed = await clerk.post(`/api/v1/holders/${wangFang}/new-permits`, {
      permitNo: '沪居0002',
      issuedOn: today,
      expiresOn: addDays(addYears(today, 1), -1),
    });
    expect(notLapsed.statusCode, notLapsed.body).toBe(422);
    expect(notLapsed.json().error.code).toBe('TIMELINE.PERMIT_ENDORSABLE');
    const badDates = await clerk.post(`/api/v1/holders/${yangLei}/new-permits`, {
      permitNo: '沪居0003',
      issuedOn: today,
      expiresOn: addYears(today, 2),
    });
    expect(badDates.statusCode, badDates.body).toBe(400);
    expect(badDates.json().error.details[0].path).toBe('body.expiresOn');
    const newExpiry = addDays(addYears(today, 1), -1);
    const issued = await clerk.post(`/api/v1/holders/${yangLei}/new-permits`, {
      permitNo: '沪居0003',
      issuedOn: today,
      expiresOn: newExpiry,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json().history.holdingSince).toBe(today);
    expect(
      await h.db.one("SELECT count(*)::int AS n FROM audit_log WHERE action = 'permit.issue_new' AND subject_id = $1", [
        yangLei,
      ]),
    ).toEqual({ n: 1 });
    // Points stay cleared until a first application is approved: the new permit does not revive them;
    // the permit no longer has to be applied for (L-5 is the permit the holder now holds).
    expect((await hrHolder(yangLei)).lifecycle.state).toBe('points_cleared');

    const stillNoRenewal = await hr.post(
      '/api/v1/applications',
      { holderId: yangLei, kind: 'renewal_same_employer' },
      { headers: { 'idempotency-key': `yl-${kind}-2` } },
    );
    expect(stillNoRenewal.statusCode, stillNoRenewal.body).toBe(201);
    const draft = stillNoRenewal.json().application;
    expect(draft.timeline.blocker).toMatchObject({ ruleId: 'L-4' });
    await act(hr, draft.id, 'withdraw', draft.version, '改为首次申请');
    const first = await createDraft(hr, yangLei, 'first_application');
    const firstDetail = (await hr.get(`/api/v1/applications/${first.id}`)).json().application;
    expect(firstDetail.timeline.blocker).toBeNull();
    expect(firstDetail.timeline.permitPeriod.expiresOn).toBe(newExpiry);
  });
});
