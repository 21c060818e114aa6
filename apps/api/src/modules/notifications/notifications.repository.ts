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
}

export async function listNotificationRows(q: Sql, userId: string): Promise<NotificationRow[]> {
  return q.query<NotificationRow>(
    `SELECT id, application_id, title, body, title_en, body_en, created_at, read_at FROM notifications
     WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT 200`,
    [userId],
  );
}

/** Marks the caller's own notification read (first read time kept); undefined when it is not theirs. */
export async function markRead(q: Sql, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  return q.maybeOne<NotificationRow>(
    `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND user_id = $2
     RETURNING id, application_id, title, body, title_en, body_en, created_at, read_at`,
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
