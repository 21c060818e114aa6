import type { Sql } from '../../adapters/db/sql.ts';

/**
 * Reads of the district review's indicator decisions (written by the review
 * module): what the reviewed total is checked against before a notice signs
 * it and in replay (reviewed-total.ts), and what the review card shows. Kept
 * here so that applications never depends on review (issue 17).
 */
export interface IndicatorReviewRow {
  indicator: string;
  decision: 'accepted' | 'adjusted' | 'rejected';
  value: unknown;
  reason: string;
  reviewed_by: string;
  reviewer_name: string;
  reviewed_at: Date;
}

export async function indicatorReviews(q: Sql, applicationId: string): Promise<IndicatorReviewRow[]> {
  return q.query<IndicatorReviewRow>(
    `SELECT r.indicator, r.decision, r.value, r.reason, r.reviewed_by, u.display_name AS reviewer_name, r.reviewed_at
     FROM indicator_reviews r JOIN users u ON u.id = r.reviewed_by WHERE r.application_id = $1 ORDER BY r.reviewed_at, r.indicator`,
    [applicationId],
  );
}

export interface ReviewedApplicationRow {
  id: string;
  policy_id: string | null;
  policy_hash: string | null;
  input_enc: string | null;
  submitted_on: string | null;
  reviewed_total: string | null;
}

/**
 * Every application with a reviewed total, an indicator decision or an
 * audited indicator decision (issue 18: a total nulled or decisions deleted
 * by hand are still found through the audit log).
 */
export function reviewedApplications(q: Sql): Promise<ReviewedApplicationRow[]> {
  return q.query<ReviewedApplicationRow>(
    `SELECT a.id, a.policy_id, a.policy_hash, a.input_enc, to_char(a.submitted_on, 'YYYY-MM-DD') AS submitted_on, a.reviewed_total::text AS reviewed_total
     FROM applications a
     WHERE a.reviewed_total IS NOT NULL
        OR EXISTS (SELECT 1 FROM indicator_reviews r WHERE r.application_id = a.id)
        OR a.id::text IN (SELECT subject_id FROM audit_log WHERE action = 'review.indicator_decided')
     ORDER BY a.created_at, a.id`,
  );
}
