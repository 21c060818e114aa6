import type { Sql } from '../../adapters/db/sql.ts';

export interface SavedAssessmentRow {
  id: string;
  user_id: string;
  label: string | null;
  as_of: string;
  input: Record<string, unknown>;
  total: number;
  meets_standard: boolean;
  eligible: boolean;
  policy_id: string;
  policy_hash: string;
  created_at: Date;
}

export async function insertSavedAssessment(q: Sql, r: SavedAssessmentRow): Promise<void> {
  await q.execute(
    `INSERT INTO saved_assessments (id, user_id, label, as_of, input, total, meets_standard, eligible, policy_id, policy_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      r.id,
      r.user_id,
      r.label,
      r.as_of,
      JSON.stringify(r.input),
      r.total,
      r.meets_standard,
      r.eligible,
      r.policy_id,
      r.policy_hash,
      r.created_at,
    ],
  );
}

/** The holder's own saved assessments, newest first (at most 100). */
export function listSavedAssessments(q: Sql, userId: string) {
  return q.query<SavedAssessmentRow>(
    `SELECT id, user_id, label, as_of::text AS as_of, input, total, meets_standard, eligible, policy_id, policy_hash, created_at
     FROM saved_assessments WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT 100`,
    [userId],
  );
}

/** Every saved assessment, for replay (P-3). */
export function allSavedAssessments(q: Sql) {
  return q.query<SavedAssessmentRow>(
    `SELECT id, user_id, label, as_of::text AS as_of, input, total, meets_standard, eligible, policy_id, policy_hash, created_at
     FROM saved_assessments ORDER BY created_at, id`,
  );
}
