import type { Sql } from '../../adapters/db/sql.ts';

export interface ApplicationRow {
  id: string;
  /** JF2026-000123 (migration 009). */
  number: string;
  holder_id: string;
  holder_name: string;
  holder_user_id: string | null;
  holder_mobile_enc: string | null;
  holder_mobile_masked: string | null;
  employer_id: string;
  employer_name: string;
  employer_district: string;
  employer_mobile_enc: string;
  employer_mobile_masked: string;
  kind: string;
  state: string;
  version: number;
  employer_changed: boolean;
  data_changed: boolean;
  data_hash: string | null;
  policy_id: string | null;
  policy_hash: string | null;
  checks: unknown;
  total: string | null;
  sla_due: string | null;
  /** P-2: the calendar year the due date waits for, and the wage year the checks wait for. */
  sla_pending_year: number | null;
  pending_wage_year: number | null;
  notice_issued_on: string | null;
  /** Issue #12: the reviewer holding the case, and the total after the indicator review (migration 014). */
  assignee_id: string | null;
  reviewed_total: string | null;
  /** Issue 17: the permit period the application is for (set at submission, L-7), and the day it was last submitted. */
  permit_id: string | null;
  submitted_on: string | null;
  created_by: string;
  /**
   * The HR specialist whom HR's messages reach: the creator when HR created
   * the case, else (a holder started the renewal, issue 17) the employer's
   * first active HR specialist.
   */
  hr_user_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT a.id, a.number, a.holder_id, h.name AS holder_name, h.user_id AS holder_user_id, h.mobile_enc AS holder_mobile_enc,
  h.mobile_masked AS holder_mobile_masked, a.employer_id, e.name AS employer_name, e.district_code AS employer_district,
  e.contact_mobile_enc AS employer_mobile_enc, e.contact_mobile_masked AS employer_mobile_masked, a.kind, a.state, a.version,
  a.employer_changed, a.data_changed, a.data_hash, a.policy_id, a.policy_hash, a.checks, a.total::text AS total,
  to_char(a.sla_due, 'YYYY-MM-DD') AS sla_due, a.sla_pending_year, a.pending_wage_year, to_char(a.notice_issued_on, 'YYYY-MM-DD') AS notice_issued_on,
  a.assignee_id, a.reviewed_total::text AS reviewed_total, a.permit_id, to_char(a.submitted_on, 'YYYY-MM-DD') AS submitted_on, a.created_by, a.created_at, a.updated_at,
  COALESCE((SELECT u.id FROM users u WHERE u.id = a.created_by AND u.role = 'hr'),
    (SELECT u.id FROM users u WHERE u.role = 'hr' AND u.employer_id = a.employer_id AND u.disabled_at IS NULL ORDER BY u.created_at, u.id LIMIT 1)) AS hr_user_id
  FROM applications a JOIN holders h ON h.id = a.holder_id JOIN employers e ON e.id = a.employer_id`;

export interface NewApplication {
  id: string;
  holderId: string;
  employerId: string;
  kind: string;
  createdBy: string;
  idempotencyKey: string;
  at: Date;
}

const byKey = (q: Sql, a: NewApplication) =>
  q.maybeOne<{ id: string }>('SELECT id FROM applications WHERE employer_id = $1 AND idempotency_key = $2', [
    a.employerId,
    a.idempotencyKey,
  ]);

/**
 * One row per (employer, key) whoever races: the loser's insert does
 * nothing and it reads the winner's row. The number comes from the
 * database's per-year sequence (migration 009); a retry finds its row
 * before a number is drawn, so only a true race can leave a gap.
 */
export async function insertApplicationOnce(q: Sql, a: NewApplication): Promise<string> {
  const existing = await byKey(q, a);
  if (existing) return existing.id;
  await q.query(
    `INSERT INTO applications (id, holder_id, employer_id, kind, state, created_by, created_at, updated_at, idempotency_key)
     VALUES ($1, $2, $3, $4, 'draft', $5, $6, $6, $7) ON CONFLICT (employer_id, idempotency_key) DO NOTHING`,
    [a.id, a.holderId, a.employerId, a.kind, a.createdBy, a.at, a.idempotencyKey],
  );
  const row = await byKey(q, a);
  if (!row) throw new Error('application insert neither stored nor found');
  return row.id;
}

export async function findApplication(q: Sql, id: string, forUpdate = false): Promise<ApplicationRow | undefined> {
  if (forUpdate) await q.query('SELECT id FROM applications WHERE id = $1 FOR UPDATE', [id]);
  return q.maybeOne<ApplicationRow>(`${SELECT} WHERE a.id = $1`, [id]);
}

export type ApplicationScope = { employerId: string } | { holderUserId: string } | { districtCode: string };

export async function listApplicationRows(
  q: Sql,
  scope: ApplicationScope,
  filter: { state?: string; holderId?: string; q?: string },
): Promise<ApplicationRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if ('employerId' in scope) add('a.employer_id = ?', scope.employerId);
  else if ('holderUserId' in scope) add('h.user_id = ?', scope.holderUserId);
  else add('e.district_code = ?', scope.districtCode);
  if (filter.state) add('a.state = ?', filter.state);
  if (filter.holderId) add('a.holder_id = ?', filter.holderId);
  // Search by the number people quote ("JF2026-000123", "000123", "jf2026-12") or the holder's name.
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like);
    where.push(`(upper(a.number) LIKE upper($${params.length}) OR h.name LIKE $${params.length})`);
  }
  return q.query<ApplicationRow>(
    `${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.created_at DESC, a.id LIMIT 500`,
    params,
  );
}

export interface ApplicationPatch {
  state: string;
  employerChanged?: boolean;
  dataChanged?: boolean;
  dataHash?: string | null;
  policyId?: string | null;
  policyHash?: string | null;
  checks?: unknown;
  total?: number | null;
  slaDue?: string | null;
  noticeIssuedOn?: string | null;
  /** Set on approval: the permit cycle the points belong to (migration 008). */
  permitId?: string | null;
}

/** Moves the row one version on; the caller holds its lock. Returns the new version. */
export async function updateApplication(q: Sql, id: string, p: ApplicationPatch, at: Date): Promise<number> {
  const row = await q.one<{ version: number }>(
    `UPDATE applications SET state = $2, version = version + 1, updated_at = $3,
       employer_changed = COALESCE($4, employer_changed), data_changed = COALESCE($5, data_changed),
       data_hash = COALESCE($6, data_hash), policy_id = COALESCE($7, policy_id), policy_hash = COALESCE($8, policy_hash),
       checks = COALESCE($9::jsonb, checks), total = COALESCE($10, total),
       sla_due = CASE WHEN $11::text = 'clear' THEN NULL WHEN $11::text IS NULL THEN sla_due ELSE $11::date END,
       notice_issued_on = COALESCE($12::date, notice_issued_on), permit_id = COALESCE($13::uuid, permit_id)
     WHERE id = $1 RETURNING version`,
    [
      id,
      p.state,
      at,
      p.employerChanged ?? null,
      p.dataChanged ?? null,
      p.dataHash ?? null,
      p.policyId ?? null,
      p.policyHash ?? null,
      p.checks === undefined ? null : JSON.stringify(p.checks),
      p.total ?? null,
      p.slaDue === undefined ? null : (p.slaDue ?? 'clear'),
      p.noticeIssuedOn ?? null,
      p.permitId ?? null,
    ],
  );
  return row.version;
}

export interface EventRow {
  seq: number;
  from_state: string | null;
  to_state: string;
  action: string;
  role: string;
  actor_id: string | null;
  rule_id: string | null;
  reason: string | null;
  policy_id: string | null;
  policy_hash: string | null;
  at: Date;
}

export interface NewEvent {
  id: string;
  applicationId: string;
  seq: number;
  from: string | null;
  to: string;
  action: string;
  role: string;
  actorId: string | null;
  ruleId: string | null;
  reason: string | null;
  policyId: string | null;
  policyHash: string | null;
  checks: unknown;
  at: Date;
}

export async function insertEvent(q: Sql, e: NewEvent): Promise<void> {
  await q.query(
    `INSERT INTO application_events (id, application_id, seq, from_state, to_state, action, role, actor_id, rule_id, reason, policy_id, policy_hash, checks, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      e.id,
      e.applicationId,
      e.seq,
      e.from,
      e.to,
      e.action,
      e.role,
      e.actorId,
      e.ruleId,
      e.reason,
      e.policyId,
      e.policyHash,
      e.checks === undefined || e.checks === null ? null : JSON.stringify(e.checks),
      e.at,
    ],
  );
}

export async function listEventRows(q: Sql, applicationId: string): Promise<EventRow[]> {
  return q.query<EventRow>(
    `SELECT seq, from_state, to_state, action, role, actor_id, rule_id, reason, policy_id, policy_hash, at
     FROM application_events WHERE application_id = $1 ORDER BY seq`,
    [applicationId],
  );
}

/** The holder's last approved application other than this one: "employer changed", "data unchanged" (R-1, R-2). */
export async function lastApproved(
  q: Sql,
  holderId: string,
  exceptId: string,
): Promise<{ employer_id: string; data_hash: string | null } | undefined> {
  return q.maybeOne(
    `SELECT employer_id, data_hash FROM applications WHERE holder_id = $1 AND id <> $2 AND state = 'approved'
     ORDER BY updated_at DESC LIMIT 1`,
    [holderId, exceptId],
  );
}

/** The holder record of a holder's account, with its employer's R-4 status (issue 17: the holder starts the renewal). */
export async function findHolderOfUser(
  q: Sql,
  userId: string,
): Promise<{ id: string; employer_id: string | null; employer_status: string | null } | undefined> {
  return q.maybeOne(
    'SELECT h.id, h.employer_id, e.status AS employer_status FROM holders h LEFT JOIN employers e ON e.id = h.employer_id WHERE h.user_id = $1',
    [userId],
  );
}

export async function findHolderForEmployer(
  q: Sql,
  holderId: string,
): Promise<{ id: string; employer_id: string | null } | undefined> {
  return q.maybeOne('SELECT id, employer_id FROM holders WHERE id = $1', [holderId]);
}

// Review facts kept on the application row (migration 014), written for the review module through case-facts.ts.
export async function setAssignee(q: Sql, applicationId: string, assigneeId: string, at: Date): Promise<void> {
  await q.execute('UPDATE applications SET assignee_id = $2, assigned_at = $3 WHERE id = $1', [
    applicationId,
    assigneeId,
    at,
  ]);
}

export async function recordFileRetrieval(q: Sql, applicationId: string, userId: string, at: Date): Promise<void> {
  await q.execute('UPDATE applications SET file_retrieved_at = $3, file_retrieved_by = $2 WHERE id = $1', [
    applicationId,
    userId,
    at,
  ]);
}

export async function setReviewedTotal(q: Sql, applicationId: string, total: number | null): Promise<void> {
  await q.execute('UPDATE applications SET reviewed_total = $2 WHERE id = $1', [applicationId, total]);
}
