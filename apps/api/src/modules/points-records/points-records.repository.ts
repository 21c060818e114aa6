import type { Sql } from '../../adapters/db/sql.ts';

export interface PointsRecordRow {
  id: string;
  holder_id: string;
  application_id: string | null;
  cycle: number;
  valid_from: string;
  expires_on: string;
  state: 'valid' | 'renewal_window' | 'grace' | 'points_cleared' | 'permit_lapsed';
  state_since: string;
  next_event_on: string | null;
  renewal_submitted_on: string | null;
  benefits_suspended_on: string | null;
  notice_revoked_on: string | null;
}

const COLUMNS = `id, holder_id, application_id, cycle, valid_from::text AS valid_from, expires_on::text AS expires_on, state, state_since::text AS state_since,
  next_event_on::text AS next_event_on, renewal_submitted_on::text AS renewal_submitted_on,
  benefits_suspended_on::text AS benefits_suspended_on, notice_revoked_on::text AS notice_revoked_on`;

export function findRecordByHolder(q: Sql, holderId: string, forUpdate = false): Promise<PointsRecordRow | undefined> {
  return q.maybeOne<PointsRecordRow>(
    `SELECT ${COLUMNS} FROM points_records WHERE holder_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [holderId],
  );
}

/**
 * The records due on `day` (next_event_on <= day), oldest first, locked for
 * this transaction. Reads the partial index on next_event_on only.
 */
export const CLAIM_DUE_SQL = `SELECT ${COLUMNS} FROM points_records WHERE next_event_on <= $1::date
     ORDER BY next_event_on, id LIMIT $2 FOR UPDATE SKIP LOCKED`;

export function claimDueRecords(q: Sql, day: string, limit: number): Promise<PointsRecordRow[]> {
  return q.query<PointsRecordRow>(CLAIM_DUE_SQL, [day, limit]);
}

export interface RecordUpdate {
  id: string;
  state: string;
  stateSince: string;
  nextEventOn: string | null;
  benefitsSuspendedOn: string | null;
  noticeRevokedOn: string | null;
}

/**
 * Applies many records' new state and next event day in one statement (issue
 * 20): one array per column, unnested into rows, so PostgreSQL gets typed
 * values without parsing a JSON document and the join is by primary key.
 */
export async function updateRecords(q: Sql, rows: readonly RecordUpdate[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await q.execute(
    `UPDATE points_records p SET state = u.state, state_since = u.state_since, next_event_on = u.next_event_on,
       benefits_suspended_on = u.benefits_suspended_on, notice_revoked_on = u.notice_revoked_on, updated_at = $7
     FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[], $5::date[], $6::date[])
       AS u(id, state, state_since, next_event_on, benefits_suspended_on, notice_revoked_on)
     WHERE p.id = u.id`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.state),
      rows.map((r) => r.stateSince),
      rows.map((r) => r.nextEventOn),
      rows.map((r) => r.benefitsSuspendedOn),
      rows.map((r) => r.noticeRevokedOn),
      at,
    ],
  );
}

export interface NewEvent {
  id: string;
  recordId: string;
  cycle: number;
  onDate: string;
  kind:
    | 'created'
    | 'renewed'
    | 'state_changed'
    | 'benefits_suspended'
    | 'benefits_restored'
    | 'notice_revoked'
    | 'reminders_cancelled'
    | 'reminders_resumed';
  fromState: string | null;
  toState: string | null;
  ruleId: string;
  cause: string;
}

export async function insertEvents(q: Sql, events: readonly NewEvent[], at: Date): Promise<void> {
  if (events.length === 0) return;
  await q.execute(
    `INSERT INTO points_record_events (id, record_id, cycle, on_date, kind, from_state, to_state, rule_id, cause, at)
     SELECT e.id, e.record_id, e.cycle, e.on_date, e.kind, e.from_state, e.to_state, e.rule_id, e.cause, $10
     FROM unnest($1::uuid[], $2::uuid[], $3::integer[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
       AS e(id, record_id, cycle, on_date, kind, from_state, to_state, rule_id, cause)`,
    [
      events.map((e) => e.id),
      events.map((e) => e.recordId),
      events.map((e) => e.cycle),
      events.map((e) => e.onDate),
      events.map((e) => e.kind),
      events.map((e) => e.fromState),
      events.map((e) => e.toState),
      events.map((e) => e.ruleId),
      events.map((e) => e.cause),
      at,
    ],
  );
}

export interface NewReminder {
  id: string;
  recordId: string;
  cycle: number;
  kind: string;
  ruleId: string;
  dueOn: string;
  /** The day it was sent, or null when it was skipped (issue 17). */
  sentOn: string | null;
  skippedOn: string | null;
  skipReason: string | null;
  skipReasonEn: string | null;
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  channels: string;
}

/** Inserts reminders; a (record, kind, cycle) already there is skipped. Returns the ids actually inserted. */
export async function insertReminders(q: Sql, reminders: readonly NewReminder[], at: Date): Promise<Set<string>> {
  if (reminders.length === 0) return new Set();
  const col = <K extends keyof NewReminder>(k: K) => reminders.map((r) => r[k]);
  const rows = await q.query<{ id: string }>(
    `INSERT INTO points_reminders (id, record_id, cycle, kind, rule_id, due_on, sent_on, skipped_on, skip_reason, skip_reason_en, title, title_en, body, body_en, channels, created_at)
     SELECT r.id, r.record_id, r.cycle, r.kind, r.rule_id, r.due_on, r.sent_on, r.skipped_on, r.skip_reason, r.skip_reason_en, r.title, r.title_en, r.body, r.body_en, r.channels, $16
     FROM unnest($1::uuid[], $2::uuid[], $3::integer[], $4::text[], $5::text[], $6::date[], $7::date[], $8::date[], $9::text[], $10::text[],
                 $11::text[], $12::text[], $13::text[], $14::text[], $15::text[])
       AS r(id, record_id, cycle, kind, rule_id, due_on, sent_on, skipped_on, skip_reason, skip_reason_en, title, title_en, body, body_en, channels)
     ON CONFLICT (record_id, kind, cycle) DO NOTHING RETURNING id`,
    [
      col('id'),
      col('recordId'),
      col('cycle'),
      col('kind'),
      col('ruleId'),
      col('dueOn'),
      col('sentOn'),
      col('skippedOn'),
      col('skipReason'),
      col('skipReasonEn'),
      col('title'),
      col('titleEn'),
      col('body'),
      col('bodyEn'),
      col('channels'),
      at,
    ],
  );
  return new Set(rows.map((r) => r.id));
}

export function lastSweptDay(q: Sql): Promise<{ day: string | null }> {
  return q.one<{ day: string | null }>(`SELECT max(day)::text AS day FROM lifecycle_sweep_days`);
}

/** Whether any record is still due on `day` (one locked by another transaction is). */
export async function anyDue(q: Sql, day: string): Promise<boolean> {
  const r = await q.one<{ due: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM points_records WHERE next_event_on <= $1::date) AS due`,
    [day],
  );
  return r.due;
}

export async function finishDay(
  q: Sql,
  d: {
    day: string;
    records: number;
    changes: number;
    reminders: number;
    digestPendingYear: number | null;
    digestSent: boolean;
  },
  at: Date,
): Promise<boolean> {
  const n = await q.execute(
    `INSERT INTO lifecycle_sweep_days (day, records, changes, reminders, digest_pending_year, digest_sent_at, finished_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::boolean THEN $7::timestamptz END, $7) ON CONFLICT (day) DO NOTHING`,
    [d.day, d.records, d.changes, d.reminders, d.digestPendingYear, d.digestSent, at],
  );
  return n === 1;
}

export function pendingDigestDays(q: Sql): Promise<{ day: string; digest_pending_year: number }[]> {
  return q.query(
    `SELECT day::text AS day, digest_pending_year FROM lifecycle_sweep_days WHERE digest_pending_year IS NOT NULL ORDER BY day FOR UPDATE`,
  );
}

export async function resolveDigestDay(q: Sql, day: string, at: Date): Promise<void> {
  await q.execute(`UPDATE lifecycle_sweep_days SET digest_pending_year = NULL, digest_sent_at = $2 WHERE day = $1`, [
    day,
    at,
  ]);
}

export interface ReviewCaseRow {
  id: string;
  number: string;
  district_code: string;
  sla_due: string;
}

/** Applications under review with a known due date, by district (the reviewers' digest). */
export function reviewCases(q: Sql): Promise<ReviewCaseRow[]> {
  return q.query<ReviewCaseRow>(
    `SELECT a.id, a.number, e.district_code, a.sla_due::text AS sla_due FROM applications a JOIN employers e ON e.id = a.employer_id
     WHERE a.state = 'under_review' AND a.sla_due IS NOT NULL ORDER BY a.sla_due, a.id`,
  );
}

export function reviewersByDistrict(q: Sql): Promise<{ id: string; district_code: string }[]> {
  return q.query(`SELECT id, district_code FROM users WHERE role = 'reviewer' AND district_code IS NOT NULL`);
}
