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

/** Many in-app messages in one statement: one array per column (issue 20: no JSON document to parse per batch). */
export async function insertNotifications(q: Sql, rows: readonly NewNotification[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof NewNotification>(k: K) => rows.map((r) => r[k]);
  await q.execute(
    `INSERT INTO notifications (id, user_id, reminder_id, title, body, title_en, body_en, created_at)
     SELECT n.id, n.user_id, n.reminder_id, n.title, n.body, n.title_en, n.body_en, $8
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[])
       AS n(id, user_id, reminder_id, title, body, title_en, body_en)`,
    [col('id'), col('userId'), col('reminderId'), col('title'), col('body'), col('titleEn'), col('bodyEn'), at],
  );
}

/**
 * How the messages of a reminder are worded around its stored text (the
 * points-records module owns the wording; the parts are joined here, in SQL).
 */
export interface ReminderMessageWording {
  /** Around the holder's masked ID after the name: 张三（310***…） / Zhang San (310***…). */
  who: { zh: readonly [string, string]; en: readonly [string, string] };
  /** Between the reminder's title and the holder in HR's copy. */
  titleJoin: string;
  /** HR's body: the part before the holder and the part between the holder and the reminder's text. */
  hrBody: { zh: readonly [string, string]; en: readonly [string, string] };
  /** Before the Chinese text of the SMS. */
  smsPrefix: string;
}

/**
 * The in-app messages and SMS of reminders just stored as sent (issues 13,
 * 17, 20), in one statement for a whole batch: the reminders are read back
 * with their holder and the holder's employer's HR specialists in the
 * database, so no recipient list and no copy of the texts travels to the
 * application and back. HR's specialists are looked up by users_employer for
 * each reminder (OFFSET 0 keeps that subquery from being flattened: the
 * planner cannot know how many reminders the CTE holds, and guessing few it
 * compared every HR specialist with every reminder). The holder's copy (when the holder has an account)
 * is the reminder's text; HR's names the holder; the SMS (when the holder
 * has a number) names the holder instead of carrying a copy of the
 * encrypted number: the outbox worker reads the number when it sends
 * (claimDueSms), so a number changed in between is the one used.
 */
export async function insertReminderMessages(
  q: Sql,
  sent: { reminderIds: readonly string[]; holderIds: readonly string[] },
  w: ReminderMessageWording,
  at: Date,
): Promise<void> {
  if (sent.reminderIds.length === 0) return;
  // Each reminder comes with its record's holder (the sweep holds the record's row): holders are
  // read by key, never through a join with every points record (issue 20: a hash join over all of them).
  await q.execute(
    `WITH sent AS (
       SELECT m.id, m.kind, m.rule_id, m.cycle, m.due_on, m.sent_on, m.title, m.title_en, m.body, m.body_en,
         string_to_array(m.channels, ',') AS channels, h.id AS holder_id, h.user_id AS holder_user_id,
         h.mobile_enc IS NOT NULL AS has_mobile, h.mobile_masked, h.employer_id,
         h.name || $3 || h.resident_id_masked || $4 AS who, h.name || $5 || h.resident_id_masked || $6 AS who_en
       FROM unnest($1::uuid[], $13::uuid[]) AS r(id, holder_id)
       JOIN points_reminders m ON m.id = r.id JOIN holders h ON h.id = r.holder_id),
     notes AS (
       INSERT INTO notifications (id, user_id, reminder_id, title, body, title_en, body_en, created_at)
       SELECT gen_random_uuid(), s.holder_user_id, s.id, s.title, s.body, s.title_en, s.body_en, $2::timestamptz FROM sent s
       WHERE s.holder_user_id IS NOT NULL AND 'holder:in_app' = ANY (s.channels)
       UNION ALL
       SELECT gen_random_uuid(), u.id, s.id, s.title || $7 || s.who, $8 || s.who || $9 || s.body,
         s.title_en || $7 || s.who_en, $10 || s.who_en || $11 || s.body_en, $2::timestamptz
       FROM sent s CROSS JOIN LATERAL (SELECT id FROM users WHERE employer_id = s.employer_id AND role = 'hr' OFFSET 0) u
       WHERE 'hr:in_app' = ANY (s.channels))
     INSERT INTO outbox (id, reminder_id, intent_index, channel, rule_id, recipient_user_id, recipient_holder_id, recipient_mobile_masked, template, params, text_zh, text_en, created_at)
     SELECT gen_random_uuid(), s.id, 0, 'sms', s.rule_id, s.holder_user_id, s.holder_id, s.mobile_masked, 'reminder_' || s.kind,
       jsonb_build_object('kind', s.kind, 'dueOn', s.due_on::text, 'sentOn', s.sent_on::text, 'cycle', s.cycle),
       $12 || s.body, s.body_en, $2::timestamptz
     FROM sent s WHERE s.has_mobile AND 'holder:sms' = ANY (s.channels)`,
    [
      sent.reminderIds,
      at,
      w.who.zh[0],
      w.who.zh[1],
      w.who.en[0],
      w.who.en[1],
      w.titleJoin,
      w.hrBody.zh[0],
      w.hrBody.zh[1],
      w.hrBody.en[0],
      w.hrBody.en[1],
      w.smsPrefix,
      sent.holderIds,
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

// A workflow transition's messages (applications.intents.ts): one outbox row per intent, unique (event, index) among
// the rows with an event (migration 028),
// so a replayed transition inserts nothing twice; an in-app message as a notification beside its delivered row.
export function insertWorkflowMessage(q: Sql, values: unknown[]): Promise<number> {
  return q.execute(
    `INSERT INTO outbox (id, application_id, event_id, intent_index, channel, rule_id, recipient_user_id, recipient_mobile_enc,
       recipient_mobile_masked, template, params, text_zh, text_en, status, last_error, created_at, delivered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (event_id, intent_index) WHERE event_id IS NOT NULL DO NOTHING`,
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
