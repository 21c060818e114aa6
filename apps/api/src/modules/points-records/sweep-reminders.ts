import { randomUUID } from 'node:crypto';
import { reminderOnDay, type LocalizedText, type Policy, type ReminderDue } from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import { insertReminders, recipientsOf, type NewReminder, type Recipients } from './points-records.repository.ts';
import {
  insertNotifications,
  insertSms,
  type NewNotification,
  type NewSms,
} from '../notifications/messages.service.ts';

/**
 * The daily sweep's reminders of one batch (issues 13, 17, 20): stored once
 * per (record, kind, cycle), then the in-app messages and the SMS of those
 * actually sent, each kind in one statement.
 */

/** The day a batch's reminders are actually sent and the policy version in force that day (issue 17). */
export interface SendDay {
  on: string;
  policy: Policy;
}

/** HR's copy names the holder (name, masked ID): HR looks after many people and opens the holder's page from it. */
function forHr(
  m: { title: LocalizedText; text: LocalizedText },
  to: Recipients,
): { title: string; body: string; titleEn: string; bodyEn: string } {
  const who = `${to.holder_name}（${to.resident_id_masked}）`;
  const whoEn = `${to.holder_name} (${to.resident_id_masked})`;
  return {
    title: `${m.title.zh} · ${who}`,
    body: `持证人${who}的积分提醒（本人已同时收到）：${m.text.zh}`,
    titleEn: `${m.title.en} · ${whoEn}`,
    bodyEn: `Points reminder for ${whoEn} (also sent to the holder): ${m.text.en}`,
  };
}

/**
 * Issue 17: each reminder is rendered on the day it is sent, from that day's
 * state. A catch-up after missed days sends only what is still true that day;
 * one that no longer is is stored as skipped, with why, and nothing goes out.
 */
export async function deliverReminders(
  q: Sql,
  due: readonly ReminderDue[],
  send: SendDay,
  at: Date,
): Promise<{ sent: number; skipped: number }> {
  const byId = new Map<string, { due: ReminderDue; title: LocalizedText; text: LocalizedText }>();
  const rows: NewReminder[] = due.map((m) => {
    const id = randomUUID();
    const decided = reminderOnDay({ kind: m.kind, dueOn: m.dueOn, expiresOn: m.expiresOn }, send.on, send.policy);
    const base = {
      id,
      recordId: m.recordId,
      cycle: m.cycle,
      kind: m.kind,
      ruleId: m.ruleId,
      dueOn: m.dueOn,
      channels: [...m.holder.map((c) => `holder:${c}`), ...m.hr.map((c) => `hr:${c}`)].join(','),
    };
    if (!decided.send) {
      // What it would have said on its due day, kept beside why it was not sent.
      return {
        ...base,
        sentOn: null,
        skippedOn: send.on,
        skipReason: decided.reason.zh,
        skipReasonEn: decided.reason.en,
        title: m.title.zh,
        titleEn: m.title.en,
        body: m.text.zh,
        bodyEn: m.text.en,
      };
    }
    byId.set(id, { due: m, title: decided.title, text: decided.text });
    return {
      ...base,
      sentOn: send.on,
      skippedOn: null,
      skipReason: null,
      skipReasonEn: null,
      title: decided.title.zh,
      titleEn: decided.title.en,
      body: decided.text.zh,
      bodyEn: decided.text.en,
    };
  });
  const inserted = await insertReminders(q, rows, at);
  const sentIds = [...inserted].filter((id) => byId.has(id));
  const skipped = inserted.size - sentIds.length;
  if (sentIds.length === 0) return { sent: 0, skipped };
  const recipients = new Map(
    (await recipientsOf(q, [...new Set(sentIds.map((id) => byId.get(id)!.due.recordId))])).map((r) => [r.record_id, r]),
  );
  const notes: NewNotification[] = [];
  const sms: NewSms[] = [];
  for (const id of sentIds) {
    const { due: m, title, text } = byId.get(id)!;
    const to = recipients.get(m.recordId);
    if (!to) continue;
    const note = { reminderId: id, title: title.zh, body: text.zh, titleEn: title.en, bodyEn: text.en };
    if (m.holder.includes('in_app') && to.holder_user_id)
      notes.push({ id: randomUUID(), userId: to.holder_user_id, ...note });
    if (m.hr.includes('in_app'))
      for (const hr of to.hr_user_ids ?? [])
        notes.push({ id: randomUUID(), userId: hr, reminderId: id, ...forHr({ title, text }, to) });
    if (m.holder.includes('sms') && to.has_mobile) {
      // Issue 20: the SMS names the holder; the outbox worker reads the number when it sends (no decrypt and re-encrypt here).
      sms.push({
        id: randomUUID(),
        reminderId: id,
        recipientUserId: to.holder_user_id,
        holderId: to.holder_id,
        mobileMasked: to.mobile_masked,
        ruleId: m.ruleId,
        template: `reminder_${m.kind}`,
        params: { kind: m.kind, dueOn: m.dueOn, sentOn: send.on, cycle: m.cycle },
        textZh: `【积分提醒】${text.zh}`,
        textEn: text.en,
      });
    }
  }
  await insertNotifications(q, notes, at);
  await insertSms(q, sms, at);
  return { sent: sentIds.length, skipped };
}
