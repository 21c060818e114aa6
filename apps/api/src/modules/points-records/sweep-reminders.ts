import { randomUUID } from 'node:crypto';
import { reminderOnDay, type Policy, type ReminderDue } from '@jifen/domain';
import { type LocalizedText, msg } from '@jifen/messages';
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

/** Fills a text's placeholders with it, so the literal parts around them come apart (it is in no text). */
const MARK = '\u0000';
const partsOf = (t: LocalizedText) => ({ zh: t.zh.split(MARK), en: t.en.split(MARK) });
const who = partsOf(msg('pointsRecords.reminder.who', { name: MARK, residentIdMasked: MARK }));
const hrBody = partsOf(msg('pointsRecords.reminder.hrBody', { who: MARK, text: MARK }));
const sms = partsOf(msg('pointsRecords.reminder.sms', { text: MARK }));

/**
 * How a reminder's messages are worded around its text: the catalog texts'
 * literal parts, which SQL joins with the holder and the reminder's text.
 * HR's copy names the holder (name, masked ID): HR looks after many people
 * and opens the holder's page from it; its title is "<title> · <who>". The
 * SMS (sent in Chinese) carries the text after its prefix.
 */
export const REMINDER_WORDING: ReminderMessageWording = {
  who: { zh: [who.zh[1]!, who.zh[2]!], en: [who.en[1]!, who.en[2]!] },
  titleJoin: ' · ',
  hrBody: { zh: [hrBody.zh[0]!, hrBody.zh[1]!], en: [hrBody.en[0]!, hrBody.en[1]!] },
  smsPrefix: sms.zh[0]!,
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
  holderOf: ReadonlyMap<string, string>,
): Promise<{ sent: number; skipped: number }> {
  const sending = new Map<string, string>();
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
    sending.set(id, holderOf.get(m.recordId)!);
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
  const reminderIds = [...inserted].filter((id) => sending.has(id));
  const holderIds = reminderIds.map((id) => sending.get(id)!);
  const skipped = inserted.size - reminderIds.length;
  // Issue 20: the in-app messages and SMS of the whole batch in one statement, built in the database from the stored reminders.
  await insertReminderMessages(q, { reminderIds, holderIds }, REMINDER_WORDING, at);
  return { sent: reminderIds.length, skipped };
}
