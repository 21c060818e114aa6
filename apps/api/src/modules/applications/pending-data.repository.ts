import type { Sql } from '../../adapters/db/sql.ts';

/** What a submission records for P-2 (pending data) and P-3 (replay), beside the workflow columns. */
export interface SubmissionData {
  slaStartedOn?: string | null;
  slaPendingYear?: number | null;
  pendingWageYear?: number | null;
  inputEnc?: string;
  submittedOn?: string;
}

export async function recordSubmissionData(q: Sql, id: string, d: SubmissionData): Promise<void> {
  await q.execute(
    `UPDATE applications SET
       sla_started_on = CASE WHEN $2::boolean THEN $3::date ELSE sla_started_on END,
       sla_pending_year = CASE WHEN $4::boolean THEN $5::integer ELSE sla_pending_year END,
       pending_wage_year = CASE WHEN $6::boolean THEN $7::integer ELSE pending_wage_year END,
       input_enc = COALESCE($8, input_enc),
       submitted_on = COALESCE($9::date, submitted_on)
     WHERE id = $1`,
    [
      id,
      d.slaStartedOn !== undefined,
      d.slaStartedOn ?? null,
      d.slaPendingYear !== undefined,
      d.slaPendingYear ?? null,
      d.pendingWageYear !== undefined,
      d.pendingWageYear ?? null,
      d.inputEnc ?? null,
      d.submittedOn ?? null,
    ],
  );
}

export interface ReviewClockRow {
  id: string;
  /** JF2026-000123: messages name the application by it (issue #10). */
  number: string;
  holder_name: string;
  sla_started_on: string;
  sla_due: string | null;
  sla_pending_year: number | null;
}

/** Applications under review whose clock start is known: the ones a calendar publication can date. */
export function reviewClocks(q: Sql, forUpdate = false): Promise<ReviewClockRow[]> {
  return q.query<ReviewClockRow>(
    `SELECT a.id, a.number, h.name AS holder_name, to_char(a.sla_started_on, 'YYYY-MM-DD') AS sla_started_on,
       to_char(a.sla_due, 'YYYY-MM-DD') AS sla_due, a.sla_pending_year
     FROM applications a JOIN holders h ON h.id = a.holder_id
     WHERE a.state = 'under_review' AND a.sla_started_on IS NOT NULL
     ORDER BY a.sla_started_on, a.id${forUpdate ? ' FOR UPDATE OF a' : ''}`,
  );
}

export async function setReviewDue(
  q: Sql,
  id: string,
  due: string | null,
  pendingYear: number | null,
  at: Date,
): Promise<number> {
  const r = await q.one<{ version: number }>(
    `UPDATE applications SET sla_due = $2::date, sla_pending_year = $3, version = version + 1, updated_at = $4 WHERE id = $1 RETURNING version`,
    [id, due, pendingYear, at],
  );
  return r.version;
}

export interface PendingChecksRow {
  id: string;
  number: string;
  state: string;
  policy_id: string;
  input_enc: string;
  submitted_on: string;
  pending_wage_year: number;
}

/** Open applications whose checks wait for a wage year (P-2). Final decisions are never rewritten. */
export function pendingCheckRows(q: Sql, forUpdate = false): Promise<PendingChecksRow[]> {
  return q.query<PendingChecksRow>(
    `SELECT id, number, state, policy_id, input_enc, to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on, pending_wage_year
     FROM applications
     WHERE pending_wage_year IS NOT NULL AND input_enc IS NOT NULL AND submitted_on IS NOT NULL AND policy_id IS NOT NULL
       AND state IN ('submitted', 'awaiting_visit', 'under_review', 'returned')
     ORDER BY submitted_on, id${forUpdate ? ' FOR UPDATE' : ''}`,
  );
}

export async function setComputedChecks(
  q: Sql,
  id: string,
  checks: unknown,
  total: number,
  pendingWageYear: number | null,
  at: Date,
): Promise<number> {
  const r = await q.one<{ version: number }>(
    `UPDATE applications SET checks = $2::jsonb, total = $3, pending_wage_year = $4, version = version + 1, updated_at = $5
     WHERE id = $1 RETURNING version`,
    [id, JSON.stringify(checks), total, pendingWageYear, at],
  );
  return r.version;
}

export interface PendingCount {
  kind: 'calendar' | 'wage';
  year: number;
  applications: number;
  since: string | null;
}

export function pendingCounts(q: Sql): Promise<PendingCount[]> {
  return q.query<PendingCount>(
    `SELECT 'calendar' AS kind, sla_pending_year AS year, count(*)::int AS applications, to_char(min(sla_started_on), 'YYYY-MM-DD') AS since
       FROM applications WHERE sla_pending_year IS NOT NULL AND state = 'under_review' GROUP BY sla_pending_year
     UNION ALL
     SELECT 'wage', pending_wage_year, count(*)::int, to_char(min(submitted_on), 'YYYY-MM-DD')
       FROM applications WHERE pending_wage_year IS NOT NULL AND state IN ('submitted', 'awaiting_visit', 'under_review', 'returned')
       GROUP BY pending_wage_year
     ORDER BY 1, 2`,
  );
}

export interface ReplayRow {
  id: string;
  policy_id: string;
  policy_hash: string;
  input_enc: string | null;
  submitted_on: string | null;
  checks: unknown;
  total: string | null;
}

/** Every submission decided with its checks (P-3). */
export function replayableApplications(q: Sql): Promise<ReplayRow[]> {
  return q.query<ReplayRow>(
    `SELECT id, policy_id, policy_hash, input_enc, to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on, checks, total::text AS total
     FROM applications WHERE policy_id IS NOT NULL AND policy_hash IS NOT NULL ORDER BY created_at, id`,
  );
}

/** One submission decided with its checks (P-3), for the points notice (issue 18). */
export function replayableApplication(q: Sql, id: string): Promise<ReplayRow | undefined> {
  return q.maybeOne<ReplayRow>(
    `SELECT id, policy_id, policy_hash, input_enc, to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on, checks, total::text AS total
     FROM applications WHERE id = $1 AND policy_id IS NOT NULL AND policy_hash IS NOT NULL`,
    [id],
  );
}
