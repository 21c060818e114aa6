import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicySet, type PolicySet } from '@jifen/domain';
import { policySet, rawPolicyData } from '@jifen/policies';
import { alertSweepPending } from '../../jobs/lifecycle-sweep.ts';
import { Client } from '../../../test/support/client.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { retryPendingDigests, runSweep } from './points-records.sweep.ts';
import { revokeNotice } from '../notices/notices.service.ts';

import type { PointsRecordResponse } from '@jifen/contracts';

/** Issue 13 through the API (PGlite, one harness): the demo's reminders on 2026-12-01 and P-2 for a 2027 date. */
describe('points records and the sweep on the demo data', () => {
  let h: Harness;
  let set: PolicySet = policySet;
  const deps = () => ({ db: h.db, clock: h.clock, pii: h.pii, policySet: () => set, revokeNotice });
  beforeAll(async () => {
    h = await startHarness('pglite', { now: '2026-12-01T00:30:00.000Z' });
  });
  afterAll(async () => h?.close());

  it('the startup sweep catches the demo records up: 李明 sees his window opening, HR sees it in-app, SMS queued', async () => {
    // 陈静's record rests on an approval with a notice: clearing (L-4) revokes that notice.
    const chenApp = randomUUID();
    await h.db.execute(
      `INSERT INTO applications (id, holder_id, employer_id, kind, state, notice_issued_on, created_by, created_at, updated_at, idempotency_key)
       SELECT $1, h.id, h.employer_id, 'first_application', 'approved', DATE '2025-10-01', u.id, now(), now(), $2
       FROM holders h, users u WHERE h.name = '陈静' AND u.username = 'hr.acme'`,
      [chenApp, `sweep-${chenApp}`],
    );
    await h.db.execute(
      `UPDATE points_records SET application_id = $1 WHERE holder_id = (SELECT id FROM holders WHERE name = '陈静')`,
      [chenApp],
    );
    const r = await runSweep(deps());
    expect(r.days).toEqual(['2026-12-01']);
    const li = await Client.signedIn(h.app, 'holder.li');
    const mine = (await li.get('/api/v1/points-records/mine')).json() as PointsRecordResponse;
    expect(mine.record).toMatchObject({ state: 'renewal_window', expiresOn: '2026-12-21', stateSince: '2026-11-21' });
    expect(mine.reminders.map((m) => [m.kind, m.dueOn])).toEqual([['window_opens', '2026-11-21']]);
    expect(mine.reminders[0]!.body).toContain('2026-12-21');
    expect(mine.events.map((e) => [e.kind, e.ruleId])).toEqual([['state_changed', 'L-2']]);
    const hr = await Client.signedIn(h.app, 'hr.acme');
    const notes = (await hr.get('/api/v1/notifications')).json() as { notifications: { title: string }[] };
    expect(notes.notifications.some((n) => n.title.includes('续办期'))).toBe(true);
    const holderId = (await h.db.one<{ id: string }>(`SELECT id FROM holders WHERE name = '陈静'`)).id;
    const chen = (await hr.get(`/api/v1/holders/${holderId}/points-record`)).json() as PointsRecordResponse;
    expect(chen.record).toMatchObject({ state: 'points_cleared', noticeRevokedOn: '2026-11-17' });
    expect(chen.events.map((e) => e.kind).sort()).toEqual(['notice_revoked', 'state_changed']);
    const notice = await h.db.one<{ revoked_reason: string }>(
      `SELECT revoked_reason FROM notices WHERE application_id = $1`,
      [chenApp],
    );
    expect(notice.revoked_reason).toBe('points_cleared');
    // A second run the same day changes nothing.
    expect((await runSweep(deps())).days).toEqual([]);
    const sms = await h.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE reminder_id IS NOT NULL`);
    const reminders = await h.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM points_reminders`);
    expect(sms.n).toBe(reminders.n);
  });

  it('P-2: a 2027 digest without the 2027 calendar is recorded as pending, admins are told once a day, and it is computed when the calendar is loaded', async () => {
    const wang = await h.db.one<{ id: string; employer_id: string }>(
      `SELECT id, employer_id FROM holders WHERE name = '王芳'`,
    );
    const hr = await h.db.one<{ id: string }>(`SELECT id FROM users WHERE username = 'hr.acme'`);
    await h.db.execute(
      `INSERT INTO applications (id, holder_id, employer_id, kind, state, sla_due, created_by, created_at, updated_at, idempotency_key)
       VALUES ($1, $2, $3, 'first_application', 'under_review', DATE '2027-01-08', $4, now(), now(), $5)`,
      [randomUUID(), wang.id, wang.employer_id, hr.id, `sweep-${randomUUID()}`],
    );
    h.clock.advanceMinutes(34 * 24 * 60);
    const r = await runSweep(deps());
    expect(r.days.at(-1)).toBe('2027-01-04');
    const pending = await h.db.query<{ day: string }>(
      `SELECT day::text AS day FROM lifecycle_sweep_days WHERE digest_pending_year = 2027 ORDER BY day`,
    );
    // From 2 December the due date 2027-01-08 needs working days of 2027 to be counted.
    expect(pending.map((p) => p.day)).toEqual(expect.arrayContaining(['2026-12-02', '2027-01-04']));
    expect(await alertSweepPending(h.db, h.clock)).toBe(1);
    expect(await alertSweepPending(h.db, h.clock)).toBe(0);
    const admin = await Client.signedIn(h.app, 'admin');
    const adminNotes = (await admin.get('/api/v1/notifications')).json() as { notifications: { body: string }[] };
    expect(adminNotes.notifications.some((n) => n.body.includes('缺少2027年工作日历（P-2）'))).toBe(true);
    // The 2027 calendar is published: the digest is computed and the pending days are closed.
    const cal2026 = rawPolicyData.calendars.find((c) => (c as { year: number }).year === 2026) as {
      year: number;
      notices: unknown[];
      holidays: unknown[];
      makeupWorkdays: unknown[];
    };
    const loaded = loadPolicySet({
      ...rawPolicyData,
      calendars: [...rawPolicyData.calendars, { ...cal2026, year: 2027, holidays: [], makeupWorkdays: [] }],
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    set = loaded.value;
    expect(await retryPendingDigests(deps(), '2027-01-04')).toBe(pending.length);
    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const digest = (await reviewer.get('/api/v1/notifications')).json() as {
      notifications: { title: string; body: string }[];
    };
    const recomputed = digest.notifications.find((n) => n.title.includes('补算'));
    expect(recomputed?.body).toContain('剩4个工作日');
    expect(
      (
        await h.db.one<{ n: number }>(
          `SELECT count(*)::int AS n FROM lifecycle_sweep_days WHERE digest_pending_year IS NOT NULL`,
        )
      ).n,
    ).toBe(0);
  });
});
