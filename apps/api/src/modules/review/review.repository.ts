import type { Sql } from '../../adapters/db/sql.ts';

/** The states the centre works on: the visit, review and returned cases waiting for HR. */
export const CENTRE_STATES = ['awaiting_visit', 'under_review', 'returned'] as const;

export interface Colleague {
  id: string;
  name: string;
  holding: number;
}

/** $1 the district, $2 the centre's states; read through users_district_staff (migration 026), not every user. */
export const DISTRICT_REVIEWERS_SQL = `SELECT u.id, u.display_name AS name,
    (SELECT count(*)::int FROM applications a WHERE a.assignee_id = u.id AND a.state = ANY($2::text[])) AS holding
  FROM users u WHERE u.role = 'reviewer' AND u.district_code = $1 AND u.disabled_at IS NULL ORDER BY u.display_name, u.id`;

/** The district's active reviewers and how many open cases each holds. */
export async function districtReviewers(q: Sql, districtCode: string): Promise<Colleague[]> {
  return q.query<Colleague>(DISTRICT_REVIEWERS_SQL, [districtCode, [...CENTRE_STATES]]);
}

export async function reviewerInDistrict(
  q: Sql,
  userId: string,
  districtCode: string,
): Promise<{ id: string; name: string } | undefined> {
  return q.maybeOne<{ id: string; name: string }>(
    "SELECT id, display_name AS name FROM users WHERE id = $1 AND role = 'reviewer' AND district_code = $2 AND disabled_at IS NULL",
    [userId, districtCode],
  );
}

export interface ReviewFacts {
  assignee_id: string | null;
  assignee_name: string | null;
  file_retrieved_at: Date | null;
  file_retriever_id: string | null;
  file_retriever_name: string | null;
  input_enc: string | null;
  submitted_on: string | null;
  reviewed_total: string | null;
}

export async function reviewFacts(q: Sql, applicationId: string): Promise<ReviewFacts> {
  return q.one<ReviewFacts>(
    `SELECT a.assignee_id, ua.display_name AS assignee_name, a.file_retrieved_at, a.file_retrieved_by AS file_retriever_id,
       uf.display_name AS file_retriever_name, a.input_enc, to_char(a.submitted_on, 'YYYY-MM-DD') AS submitted_on, a.reviewed_total::text AS reviewed_total
     FROM applications a LEFT JOIN users ua ON ua.id = a.assignee_id LEFT JOIN users uf ON uf.id = a.file_retrieved_by
     WHERE a.id = $1`,
    [applicationId],
  );
}

export async function upsertIndicatorReview(
  q: Sql,
  r: {
    applicationId: string;
    indicator: string;
    decision: string;
    value: unknown;
    reason: string;
    by: string;
    at: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO indicator_reviews (application_id, indicator, decision, value, reason, reviewed_by, reviewed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (application_id, indicator) DO UPDATE SET decision = EXCLUDED.decision, value = EXCLUDED.value,
       reason = EXCLUDED.reason, reviewed_by = EXCLUDED.reviewed_by, reviewed_at = EXCLUDED.reviewed_at`,
    [
      r.applicationId,
      r.indicator,
      r.decision,
      r.value === undefined ? null : JSON.stringify(r.value),
      r.reason,
      r.by,
      r.at,
    ],
  );
}

export interface MaterialCheckRow {
  outcome: 'accepted' | 'returned';
  visit_date: string;
  items: Record<string, { present: boolean; originalSeen: boolean; copy: boolean; sealed: boolean }>;
  problems: { ruleId: string; item: string; message: { zh: string; en: string } }[];
  receipt_no: string | null;
  checked_by: string;
  checker_name: string;
  checked_at: Date;
}

export async function latestMaterialCheck(q: Sql, applicationId: string): Promise<MaterialCheckRow | undefined> {
  return q.maybeOne<MaterialCheckRow>(
    `SELECT m.outcome, to_char(m.visit_date, 'YYYY-MM-DD') AS visit_date, m.items, m.problems, m.receipt_no, m.checked_by,
       u.display_name AS checker_name, m.checked_at
     FROM material_checks m JOIN users u ON u.id = m.checked_by WHERE m.application_id = $1 ORDER BY m.checked_at DESC, m.id LIMIT 1`,
    [applicationId],
  );
}

export async function insertMaterialCheck(
  q: Sql,
  m: {
    id: string;
    applicationId: string;
    visitDate: string;
    items: unknown;
    facts: unknown;
    outcome: string;
    problems: unknown;
    receiptNo: string | null;
    by: string;
    at: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO material_checks (id, application_id, visit_date, items, facts, outcome, problems, receipt_no, checked_by, checked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      m.id,
      m.applicationId,
      m.visitDate,
      JSON.stringify(m.items),
      JSON.stringify(m.facts),
      m.outcome,
      JSON.stringify(m.problems),
      m.receiptNo,
      m.by,
      m.at,
    ],
  );
}

export async function acceptedCheckCount(q: Sql, applicationId: string): Promise<number> {
  const r = await q.one<{ n: number }>(
    "SELECT count(*)::int AS n FROM material_checks WHERE application_id = $1 AND outcome = 'accepted'",
    [applicationId],
  );
  return r.n;
}

export async function holderIdOfUser(q: Sql, userId: string): Promise<string | undefined> {
  return (await q.maybeOne<{ id: string }>('SELECT id FROM holders WHERE user_id = $1', [userId]))?.id;
}

/** The holder's approved applications with an issued notice (C-5 revokes them). */
export async function issuedNoticeApplications(q: Sql, holderId: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    "SELECT id FROM applications WHERE holder_id = $1 AND state = 'approved' AND notice_issued_on IS NOT NULL",
    [holderId],
  );
  return rows.map((r) => r.id);
}
