import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { getPolicy, simulatedPermits } from '@jifen/domain';
import { runMigrations } from '../../adapters/db/migrate.ts';
import { deriveKeys } from '../../security/keys.ts';
import { createPiiCipher } from '../../security/pii.ts';
import { DB_KINDS, freshDatabase, type FreshDb } from '../../../test/support/databases.ts';
import { TestClock, TEST_KEY } from '../../../test/support/harness.ts';
import { runSweep } from './points-records.sweep.ts';
import { revokeNotice } from '../notices/notices.service.ts';
import { loadPopulation } from './sweep-fixtures.ts';

/**
 * Issues 13, 17 and 20: the messages the sweep writes for its reminders, on
 * both databases, field by field. Each sent reminder goes in-app to the
 * holder (with an account), in-app to every HR specialist of the holder's
 * employer (naming the holder) and by SMS to the holder (with a number: the
 * SMS names the holder, not a copy of the number); a reminder skipped on a
 * catch-up (no longer true) sends nothing.
 */
const found = getPolicy(policySet, 'sh-2026');
if (!found.ok) throw new Error('sh-2026');
const policy = found.value;
const pii = createPiiCipher(deriveKeys(TEST_KEY));

interface SentReminder {
  id: string;
  kind: string;
  rule_id: string;
  cycle: number;
  due_on: string;
  sent_on: string;
  title: string;
  title_en: string;
  body: string;
  body_en: string;
  channels: string;
  holder_id: string;
  holder_user_id: string | null;
  has_mobile: boolean;
  mobile_masked: string | null;
  name: string;
  resident_id_masked: string;
  employer_id: string;
}

describe.each(DB_KINDS)('the messages of the sweep’s reminders (%s)', (kind) => {
  let f: FreshDb;
  beforeAll(async () => {
    f = await freshDatabase(kind);
    await runMigrations(f.db);
  });
  afterAll(async () => f?.drop());

  it('writes exactly one in-app message per recipient and one SMS per holder with a number, worded as before', async () => {
    const from = '2026-12-01';
    const permits = simulatedPermits(120, '2026-11-01', 90);
    const { employerId } = await loadPopulation(f.db, pii, permits, from, policy);
    const at = new Date(`${from}T00:00:00+08:00`);
    // A second HR specialist, holders with an account, one holder without a number.
    await f.db.execute(
      `INSERT INTO users (id, username, display_name, role, password_hash, employer_id, created_at) VALUES ($1, $2, 'HR2', 'hr', 'x', $3, $4)`,
      [randomUUID(), `hr2.${employerId.slice(0, 8)}`, employerId, at],
    );
    for (const [i, p] of permits.slice(0, 40).entries()) {
      const userId = randomUUID();
      await f.db.execute(
        `INSERT INTO users (id, username, display_name, role, password_hash, created_at) VALUES ($1, $2, '持证人', 'holder', 'x', $3)`,
        [userId, `holder.msg.${i}.${userId.slice(0, 6)}`, at],
      );
      await f.db.execute(`UPDATE holders SET user_id = $1, name = $2 WHERE id = $3`, [userId, `持证人${i}`, p.id]);
    }
    await f.db.execute(`UPDATE holders SET mobile_enc = NULL, mobile_masked = NULL WHERE id = ANY($1::uuid[])`, [
      permits.filter((_, i) => i % 7 === 3).map((p) => p.id),
    ]);
    await f.db.execute(
      `INSERT INTO lifecycle_sweep_days (day, records, changes, reminders, finished_at) VALUES ('2026-11-30', 0, 0, 0, $1)`,
      [at],
    );
    // Twenty days caught up at once: some reminders are sent, some are skipped as no longer true.
    const clock = new TestClock('2026-12-20T01:00:00.000Z');
    const r = await runSweep({ db: f.db, clock, pii, policySet: () => policySet, revokeNotice });
    expect(r.days).toHaveLength(20);

    const sent = await f.db.query<SentReminder>(
      `SELECT m.id, m.kind, m.rule_id, m.cycle, m.due_on::text AS due_on, m.sent_on::text AS sent_on, m.title, m.title_en, m.body, m.body_en,
         m.channels, h.id AS holder_id, h.user_id AS holder_user_id, h.mobile_enc IS NOT NULL AS has_mobile, h.mobile_masked,
         h.name, h.resident_id_masked, h.employer_id
       FROM points_reminders m JOIN points_records p ON p.id = m.record_id JOIN holders h ON h.id = p.holder_id
       WHERE m.sent_on IS NOT NULL`,
    );
    const hrUsers = await f.db.query<{ id: string }>(`SELECT id FROM users WHERE role = 'hr' AND employer_id = $1`, [
      employerId,
    ]);
    const skipped = await f.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM points_reminders WHERE skipped_on IS NOT NULL`,
    );
    expect(skipped.n).toBeGreaterThan(0);
    expect(hrUsers).toHaveLength(2);

    const expectedNotes: string[] = [];
    const expectedSms: string[] = [];
    for (const m of sent) {
      const channels = m.channels.split(',');
      if (channels.includes('holder:in_app') && m.holder_user_id)
        expectedNotes.push(JSON.stringify([m.holder_user_id, m.id, m.title, m.body, m.title_en, m.body_en]));
      if (channels.includes('hr:in_app'))
        for (const hr of hrUsers) {
          const who = `${m.name}（${m.resident_id_masked}）`;
          const whoEn = `${m.name} (${m.resident_id_masked})`;
          expectedNotes.push(
            JSON.stringify([
              hr.id,
              m.id,
              `${m.title} · ${who}`,
              `持证人${who}的积分提醒（本人已同时收到）：${m.body}`,
              `${m.title_en} · ${whoEn}`,
              `Points reminder for ${whoEn} (also sent to the holder): ${m.body_en}`,
            ]),
          );
        }
      if (channels.includes('holder:sms') && m.has_mobile)
        expectedSms.push(
          JSON.stringify([
            m.id,
            'sms',
            0,
            m.rule_id,
            m.holder_user_id,
            m.holder_id,
            m.mobile_masked,
            null,
            `reminder_${m.kind}`,
            { cycle: m.cycle, dueOn: m.due_on, kind: m.kind, sentOn: m.sent_on },
            `【积分提醒】${m.body}`,
            m.body_en,
            'pending',
          ]),
        );
    }
    const notes = await f.db.query<{ row: unknown[] }>(
      `SELECT json_build_array(user_id, reminder_id, title, body, title_en, body_en) AS row FROM notifications WHERE reminder_id IS NOT NULL`,
    );
    const sms = await f.db.query<{ row: unknown[]; params: Record<string, unknown> }>(
      `SELECT json_build_array(reminder_id, channel, intent_index, rule_id, recipient_user_id, recipient_holder_id, recipient_mobile_masked,
         recipient_mobile_enc, template) AS row, params, text_zh, text_en, status FROM outbox WHERE reminder_id IS NOT NULL`,
    );
    const smsRows = sms.map((s) => {
      const x = s as unknown as {
        row: unknown[];
        params: Record<string, unknown>;
        text_zh: string;
        text_en: string;
        status: string;
      };
      const params = Object.fromEntries(Object.entries(x.params).sort(([a], [b]) => a.localeCompare(b)));
      return JSON.stringify([...x.row, params, x.text_zh, x.text_en, x.status]);
    });
    expect(expectedNotes.length).toBeGreaterThan(sent.length);
    expect(expectedSms.length).toBeGreaterThan(0);
    expect(expectedSms.length).toBeLessThan(sent.length);
    expect(notes.map((n) => JSON.stringify(n.row)).sort()).toEqual(expectedNotes.sort());
    expect(smsRows.sort()).toEqual(expectedSms.sort());
    // Every sent reminder counted once, whatever its channels.
    expect(r.reminders).toBe(sent.length);
  });
});
