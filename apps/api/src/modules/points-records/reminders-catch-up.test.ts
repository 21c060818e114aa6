import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationsResponse, PointsRecordResponse } from '@jifen/contracts';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { runSweep } from './points-records.sweep.ts';
import { revokeNotice } from '../notices/notices.service.ts';

/**
 * Issue 17 (problem 6) on the demo data from 2026-12-01: a reminder is
 * rendered on the day it is sent. 张伟's permit expires that day: his
 * "7 days" reminder, caught up, says it is the last day. Then the server
 * misses 2026-12-02..12-21: on 12-22 the sweep catches up and sends only
 * what is still true; the rest is recorded as skipped. HR's copies name the
 * holder and link to the holder's page.
 */
interface Reminder {
  holder: string;
  kind: string;
  due_on: string;
  sent_on: string | null;
  skipped_on: string | null;
  body: string;
  skip_reason: string | null;
}

describe.each(DB_KINDS)('reminders rendered on the day they are sent (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  const reminders = async (): Promise<Reminder[]> =>
    h.db.query<Reminder>(
      `SELECT h.name AS holder, r.kind, r.due_on::text AS due_on, r.sent_on::text AS sent_on, r.skipped_on::text AS skipped_on, r.body, r.skip_reason
       FROM points_reminders r JOIN points_records p ON p.id = r.record_id JOIN holders h ON h.id = p.holder_id ORDER BY h.name, r.due_on`,
    );
  const find = async (holder: string, k: string) =>
    (await reminders()).find((r) => r.holder === holder && r.kind === k);
  const sweep = () => runSweep({ db: h.db, clock: h.clock, pii: h.pii, policySet: h.policy.set, revokeNotice });

  beforeAll(async () => {
    h = await startHarness(kind, { now: '2026-12-01T00:30:00.000Z' });
    hr = await Client.signedIn(h.app, 'hr.acme');
  });
  afterAll(async () => h?.close());

  it('on the expiry day the caught-up "7 days" reminder says it is the last day, never 还剩7天', async () => {
    expect((await sweep()).days).toEqual(['2026-12-01']);
    const zhang = await find('张伟', 'expiry_minus_7');
    expect(zhang).toMatchObject({ due_on: '2026-11-24', sent_on: '2026-12-01', skipped_on: null });
    expect(zhang!.body).toContain('今天是最后一天');
    expect(zhang!.body).not.toContain('还剩7天');
    const li = await find('李明', 'window_opens');
    expect(li).toMatchObject({ due_on: '2026-11-21', sent_on: '2026-12-01' });
    expect(li!.body).toContain('自2026-11-21起已进入最佳续办期（还剩20天）');
    const sms = await h.db.one<{ text_zh: string }>(
      `SELECT o.text_zh FROM outbox o JOIN points_reminders r ON r.id = o.reminder_id JOIN points_records p ON p.id = r.record_id JOIN holders h ON h.id = p.holder_id
       WHERE h.name = '张伟' AND r.kind = 'expiry_minus_7'`,
    );
    expect(sms.text_zh).toContain('今天是最后一天');
  });

  it("HR's copy names the holder (name, masked ID) and links to the holder's page, which opens; the holder's links to their points record", async () => {
    const notes = ((await hr.get('/api/v1/notifications')).json() as NotificationsResponse).notifications;
    const li = await h.db.one<{ id: string; resident_id_masked: string }>(
      `SELECT id, resident_id_masked FROM holders WHERE name = '李明'`,
    );
    const note = notes.find((n) => n.title.includes('居住证积分进入续办期（L-2）') && n.title.includes('李明'));
    expect(note, JSON.stringify(notes.map((n) => n.title))).toBeDefined();
    expect(note!.title).toContain(li.resident_id_masked);
    expect(note!.body).toContain(`持证人李明（${li.resident_id_masked}）`);
    expect(note!.link).toBe(`/holders/${li.id}`);
    const page = await hr.get(`/api/v1/holders/${li.id}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.body).toContain('李明');
    const record = await hr.get(`${note!.link!.replace('/holders/', '/api/v1/holders/')}/points-record`);
    expect((record.json() as PointsRecordResponse).record?.expiresOn).toBe('2026-12-21');
    const holder = await Client.signedIn(h.app, 'holder.li');
    const own = ((await holder.get('/api/v1/notifications')).json() as NotificationsResponse).notifications.find(
      (n) => n.title === '居住证积分进入续办期（L-2）',
    );
    expect(own?.link).toBe('/me/points-record');
    // The holder's own copy speaks to them; only HR's names them.
    expect(own?.body.startsWith('您的居住证')).toBe(true);
  });

  it("missed 12-02..12-21: on 12-22 only what is still true is sent, with that day's text; the rest is recorded as skipped", async () => {
    h.clock.advanceMinutes(21 * 24 * 60);
    const r = await sweep();
    expect(r.days).toHaveLength(21);
    expect(r.days.at(-1)).toBe('2026-12-22');
    // 李明, V = 12-21: "7 days left" (due 12-14) is no longer true on V+1; the expiry notice of that day is sent.
    const li7 = await find('李明', 'expiry_minus_7');
    expect(li7).toMatchObject({ due_on: '2026-12-14', sent_on: null, skipped_on: '2026-12-22' });
    expect(li7!.skip_reason).toContain('逾期补办期');
    const liAfter = await find('李明', 'after_expiry');
    expect(liAfter).toMatchObject({ due_on: '2026-12-22', sent_on: '2026-12-22' });
    expect(liAfter!.body).toContain('自2026-12-22起暂停');
    // 孙浩, V = 10-22: "cleared in 15 days" (due 12-07) is past; the clearing (V+61 = 12-22) is sent.
    expect(await find('孙浩', 'before_clearing')).toMatchObject({
      due_on: '2026-12-07',
      sent_on: null,
      skipped_on: '2026-12-22',
    });
    expect((await find('孙浩', 'cleared'))!.body).toContain('积分已于2026-12-22清零');
    // 陈静, V = 09-17: "can no longer be endorsed in 7 days" (due 12-10) is past: the permit lapsed on 12-17 (L-5).
    const chen = await find('陈静', 'before_lapse');
    expect(chen).toMatchObject({ due_on: '2026-12-10', sent_on: null, skipped_on: '2026-12-22' });
    expect(chen!.skip_reason).toContain('L-5');
    // 赵敏, V = 2027-01-15: the window opened on 12-16 and is still open: sent with the days left on 12-22.
    const zhao = await find('赵敏', 'window_opens');
    expect(zhao).toMatchObject({ due_on: '2026-12-16', sent_on: '2026-12-22' });
    expect(zhao!.body).toContain('还剩24天');
    // Nothing went out for a skipped reminder: no SMS, no in-app.
    const leaked = await h.db.one<{ n: number }>(
      `SELECT (SELECT count(*) FROM outbox o JOIN points_reminders r ON r.id = o.reminder_id WHERE r.skipped_on IS NOT NULL)
            + (SELECT count(*) FROM notifications n JOIN points_reminders r ON r.id = n.reminder_id WHERE r.skipped_on IS NOT NULL) AS n`,
    );
    expect(Number(leaked.n)).toBe(0);
    expect(r.skippedReminders).toBe((await reminders()).filter((x) => x.skipped_on !== null).length);
    // The audit says how many went and how many were no longer true.
    const audit = await h.db.query<{ after: { skippedReminders: number; sentOn: string } }>(
      `SELECT after FROM audit_log WHERE action = 'points.sweep_applied' ORDER BY id`,
    );
    expect(audit.reduce((n, a) => n + a.after.skippedReminders, 0)).toBe(r.skippedReminders);
    expect(audit.at(-1)?.after.sentOn).toBe('2026-12-22');
  });

  it('the points record shows the state that applies, since when and by which rule, and the skipped reminder with why', async () => {
    const holder = await Client.signedIn(h.app, 'holder.li');
    const mine = (await holder.get('/api/v1/points-records/mine')).json() as PointsRecordResponse;
    expect(mine.record).toMatchObject({ state: 'grace', stateSince: '2026-12-22', stateRuleId: 'L-3' });
    const skipped = mine.reminders.find((m) => m.kind === 'expiry_minus_7');
    expect(skipped).toMatchObject({ sentOn: null, skippedOn: '2026-12-22' });
    expect(skipped?.skipReason).toContain('未发送');
    const wangFang = await h.db.one<{ id: string }>(`SELECT id FROM holders WHERE name = '王芳'`);
    // 王芳's record has had no change since it was created: it still says which state applies and since when.
    // Three weeks later the morning's session has expired: HR signs in again.
    hr = await Client.signedIn(h.app, 'hr.acme');
    const res = await hr.get(`/api/v1/holders/${wangFang.id}/points-record`);
    expect(res.statusCode, res.body).toBe(200);
    const wang = res.json() as PointsRecordResponse;
    expect(wang.events).toEqual([]);
    expect(wang.record).toMatchObject({ state: 'valid', stateRuleId: 'L-1' });
    expect(wang.record?.stateSince).toBe(wang.record?.validFrom);
  });
});
