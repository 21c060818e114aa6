import type { Sql } from '../../adapters/db/sql.ts';

/**
 * Issue 17, one owner per table: every write to `outbox` and `notifications`
 * is here (the outbox worker's claims and deliveries in outbox.repository.ts
 * beside it). Other modules call messages.service.ts; the SQL of these two
 * tables is nowhere else (apps/api/test/table-owners.test.ts).
 */

// The holder-activation and transfer invitation SMS (holder-activation).
export interface InviteSms {
  id: string;
  applicationId: string | null;
  inviteId: string;
  mobileEnc: string;
  mobileMasked: string;
  params: Record<string, string>;
  textZh: string;
  textEn: string;
  secretEnc: string;
  at: Date;
  /** R-2's transfer invitation (issue 17); by default R-3's activation for an application. */
  template?: 'activation_invite' | 'transfer_invite';
  ruleId?: string;
}

/** The activation SMS as a pending outbox row: the worker sends it (the SMS seam), putting the link in. */
export async function insertInviteSms(q: Sql, m: InviteSms): Promise<void> {
  await q.execute(
    `INSERT INTO outbox (id, application_id, event_id, intent_index, channel, rule_id, recipient_user_id, recipient_mobile_enc,
       recipient_mobile_masked, template, params, text_zh, text_en, status, created_at, secret_enc)
     VALUES ($1, $2, NULL, 0, 'sms', $10, NULL, $3, $4, $11, $5, $6, $7, 'pending', $8, $9)`,
    [
      m.id,
      m.applicationId,
      m.mobileEnc,
      m.mobileMasked,
      JSON.stringify({ ...m.params, inviteId: m.inviteId }),
      m.textZh,
      m.textEn,
      m.at,
      m.secretEnc,
      m.ruleId ?? 'R-3',
      m.template ?? 'activation_invite',
    ],
  );
}

// The online consultation's answer SMS and in-app messages (online-consult).
/** "An answer is there" by SMS through the outbox (the worker sends it); goes with the thread. */
export async function insertAnswerSms(
  q: Sql,
  m: {
    id: string;
    threadId: string;
    userId: string | null;
    mobileEnc: string;
    mobileMasked: string;
    textZh: string;
    textEn: string;
    at: Date;
  },
  template: 'consult_answered' | 'consult_mobile_code' = 'consult_answered',
  params: Record<string, string> = {},
): Promise<void> {
  // recipient_user_id: a signed-in asker finds the SMS in their own SMS list (我的短信) too.
  await q.execute(
    `INSERT INTO outbox (id, application_id, event_id, intent_index, channel, rule_id, recipient_user_id, recipient_mobile_enc,
       recipient_mobile_masked, template, params, text_zh, text_en, status, created_at, consultation_thread_id)
     VALUES ($1, NULL, NULL, 0, 'sms', 'PI-3', $8, $2, $3, $9, $10::jsonb, $4, $5, 'pending', $6, $7)`,
    [
      m.id,
      m.mobileEnc,
      m.mobileMasked,
      m.textZh,
      m.textEn,
      m.at,
      m.threadId,
      m.userId,
      template,
      JSON.stringify(params),
    ],
  );
}

export async function insertAnswerNotification(
  q: Sql,
  m: {
    id: string;
    userId: string;
    threadId: string;
    title: string;
    body: string;
    titleEn: string;
    bodyEn: string;
    at: Date;
  },
): Promise<void> {
  await q.execute(
    `INSERT INTO notifications (id, user_id, application_id, outbox_id, title, body, title_en, body_en, created_at, consultation_thread_id)
     VALUES ($1, $2, NULL, NULL, $3, $4, $5, $6, $7, $8)`,
    [m.id, m.userId, m.title, m.body, m.titleEn, m.bodyEn, m.at, m.threadId],
  );
}

// The daily sweep's reminders, in batches (points-records).
export interface NewNotification {
  id: string;
  userId: string;
  reminderId: string | null;
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
}

export async function insertNotifications(q: Sql, rows: readonly NewNotification[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await q.execute(
    `INSERT INTO notifications (id, user_id, reminder_id, title, body, title_en, body_en, created_at)
     SELECT n.id, n.user_id, n.reminder_id, n.title, n.body, n.title_en, n.body_en, $2
     FROM jsonb_to_recordset($1::jsonb) AS n(id uuid, user_id uuid, reminder_id uuid, title text, body text, title_en text, body_en text)`,
    [
      JSON.stringify(
        rows.map((n) => ({
          id: n.id,
          user_id: n.userId,
          reminder_id: n.reminderId,
          title: n.title,
          body: n.body,
          title_en: n.titleEn,
          body_en: n.bodyEn,
        })),
      ),
      at,
    ],
  );
}

export interface NewSms {
  id: string;
  reminderId: string;
  recipientUserId: string | null;
  mobileEnc: string;
  mobileMasked: string | null;
  ruleId: string;
  template: string;
  params: unknown;
  textZh: string;
  textEn: string;
}

/** Reminder SMS go to the outbox; the outbox worker claims and delivers them like any other. */
export async function insertSms(q: Sql, rows: readonly NewSms[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await q.execute(
    `INSERT INTO outbox (id, reminder_id, intent_index, channel, rule_id, recipient_user_id, recipient_mobile_enc, recipient_mobile_masked, template, params, text_zh, text_en, created_at)
     SELECT s.id, s.reminder_id, 0, 'sms', s.rule_id, s.recipient_user_id, s.mobile_enc, s.mobile_masked, s.template, s.params, s.text_zh, s.text_en, $2
     FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, reminder_id uuid, rule_id text, recipient_user_id uuid, mobile_enc text, mobile_masked text, template text, params jsonb, text_zh text, text_en text)`,
    [
      JSON.stringify(
        rows.map((s) => ({
          id: s.id,
          reminder_id: s.reminderId,
          rule_id: s.ruleId,
          recipient_user_id: s.recipientUserId,
          mobile_enc: s.mobileEnc,
          mobile_masked: s.mobileMasked,
          template: s.template,
          params: s.params,
          text_zh: s.textZh,
          text_en: s.textEn,
        })),
      ),
      at,
    ],
  );
}

// The administrators' resend of a failed SMS (sms-outbox).
/** Back to the worker as a fresh message: pending now, attempts and the failure cleared. */
export async function requeueSms(q: Sql, id: string): Promise<number> {
  return q.execute(
    `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = NULL, failure_code = NULL, failed_at = NULL, last_error = NULL, claimed_at = NULL
     WHERE id = $1 AND status = 'failed'`,
    [id],
  );
}

// A workflow transition's messages (applications.intents.ts): one outbox row per intent, UNIQUE (event, index),
// so a replayed transition inserts nothing twice; an in-app message as a notification beside its delivered row.
export function insertWorkflowMessage(q: Sql, values: unknown[]): Promise<number> {
  return q.execute(
    `INSERT INTO outbox (id, application_id, event_id, intent_index, channel, rule_id, recipient_user_id, recipient_mobile_enc,
       recipient_mobile_masked, template, params, text_zh, text_en, status, last_error, created_at, delivered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (event_id, intent_index) DO NOTHING`,
    values,
  );
}

export async function insertWorkflowNotification(q: Sql, values: unknown[]): Promise<void> {
  await q.query(
    `INSERT INTO notifications (id, user_id, application_id, outbox_id, title, body, title_en, body_en, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    values,
  );
}

/** An in-app message with no application or reminder behind it (the administrators' P-2 alerts): id, user, title, body, title_en, body_en, at. */
export async function insertPlainNotification(q: Sql, values: unknown[]): Promise<void> {
  await q.execute(
    `INSERT INTO notifications (id, user_id, title, body, title_en, body_en, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    values,
  );
}

// A message to one person that belongs to no application, reminder or thread (issue 18 item 10: a transfer request told to its holder).
/** An SMS as a pending outbox row; the worker sends it with its template's provider code. */
export async function insertPlainSms(
  q: Sql,
  m: {
    id: string;
    ruleId: string;
    template: string;
    params: Record<string, string>;
    recipientUserId: string | null;
    mobileEnc: string;
    mobileMasked: string;
    textZh: string;
    textEn: string;
    at: Date;
  },
): Promise<void> {
  await q.execute(
    `INSERT INTO outbox (id, application_id, event_id, intent_index, channel, rule_id, recipient_user_id, recipient_mobile_enc,
       recipient_mobile_masked, template, params, text_zh, text_en, status, created_at)
     VALUES ($1, NULL, NULL, 0, 'sms', $2, $3, $4, $5, $6, $7::jsonb, $8, $9, 'pending', $10)`,
    [
      m.id,
      m.ruleId,
      m.recipientUserId,
      m.mobileEnc,
      m.mobileMasked,
      m.template,
      JSON.stringify(m.params),
      m.textZh,
      m.textEn,
      m.at,
    ],
  );
}
