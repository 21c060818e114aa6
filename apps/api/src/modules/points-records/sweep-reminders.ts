import { randomUUID } from 'node:crypto';
import { reminderOnDay, type Policy, type ReminderDue } from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import { insertReminders, type NewReminder } from './points-records.repository.ts';
import { insertReminderMessages, type ReminderMessageWording } from '../notifications/messages.service.ts';

/**
 * The daily sweep's reminders of one batch (issues 13, 17, 20): stored once
 * per (record, kind, cycle), then the in-app messages and the SMS of those
 * actually sent, all of them in one statement.
 */

/** The day a batch's reminders are actually sent and the policy version in force that day (issue 17). */
export interface SendDay {
  on: string;
  policy: Policy;
}

/**
 * How a reminder's messages are worded around its text. HR's copy names the
 * holder (name, masked ID): HR looks after many people and opens the
 * holder's page from it. "张三（310***）" / "Zhang San (310***)";
 * "<title> · <who>"; "持证人<who>的积分提醒（本人已同时收到）：<text>" /
 * "Points reminder for <who> (also sent to the holder): <text>"; the SMS
 * "【积分提醒】<text>".
 */
export const REMINDER_WORDING: ReminderMessageWording = {
  who: { zh: ['（', '）'], en: [' (', ')'] },
  titleJoin: ' · ',
  hrBody: {
    zh: ['持证人', '的积分提醒（本人已同时收到）：'],
    en: ['Points reminder for ', ' (also sent to the holder): '],
  },
  smsPrefix: '【积分提醒】',
};

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
  const sending = new Set<string>();
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
    sending.add(id);
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
  const sentIds = [...inserted].filter((id) => sending.has(id));
  const skipped = inserted.size - sentIds.length;
  // Issue 20: the in-app messages and SMS of the whole batch in one statement, built in the database from the stored reminders.
  await insertReminderMessages(q, sentIds, REMINDER_WORDING, at);
  return { sent: sentIds.length, skipped };
}
