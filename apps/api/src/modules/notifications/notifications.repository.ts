import type { Sql } from '../../adapters/db/sql.ts';

export interface NotificationRow {
  id: string;
  application_id: string | null;
  title: string;
  body: string;
  title_en: string;
  body_en: string;
  created_at: Date;
  read_at: Date | null;
  /** The holder a lifecycle reminder is about (issue 17), for the link to their page. */
  reminder_holder_id: string | null;
}

/** A reminder's notification carries the holder it is about (points_reminders -> points_records). */
const REMINDER_HOLDER = `(SELECT p.holder_id FROM points_reminders r JOIN points_records p ON p.id = r.record_id WHERE r.id = n.reminder_id) AS reminder_holder_id`;

export async function listNotificationRows(q: Sql, userId: string): Promise<NotificationRow[]> {
  return q.query<NotificationRow>(
    `SELECT n.id, n.application_id, n.title, n.body, n.title_en, n.body_en, n.created_at, n.read_at, ${REMINDER_HOLDER} FROM notifications n
     WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id LIMIT 200`,
    [userId],
  );
}

/** Marks the caller's own notification read (first read time kept); undefined when it is not theirs. */
export async function markRead(q: Sql, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  return q.maybeOne<NotificationRow>(
    `UPDATE notifications n SET read_at = COALESCE(n.read_at, $3) WHERE n.id = $1 AND n.user_id = $2
     RETURNING n.id, n.application_id, n.title, n.body, n.title_en, n.body_en, n.created_at, n.read_at, ${REMINDER_HOLDER}`,
    [id, userId, at],
  );
}

export interface SmsRow {
  id: string;
  application_id: string | null;
  recipient_mobile_masked: string | null;
  template: string;
  text_zh: string;
  text_en: string;
  status: 'pending' | 'delivering' | 'delivered' | 'failed';
  created_at: Date;
  delivered_at: Date | null;
}

export async function listSmsRows(q: Sql, userId: string): Promise<SmsRow[]> {
  return q.query<SmsRow>(
    `SELECT id, application_id, recipient_mobile_masked, template, text_zh, text_en, status, created_at, delivered_at
     FROM outbox WHERE recipient_user_id = $1 AND channel = 'sms' ORDER BY created_at DESC, id LIMIT 200`,
    [userId],
  );
}
