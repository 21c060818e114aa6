import type { Sql } from '../../adapters/db/sql.ts';

/** What the points notice shows beyond the application row itself. */
export interface NoticeFactsRow {
  /** PI-1: only the stored masked form is read; the notice never needs the full ID. */
  resident_id_masked: string;
  /** L-1: points end with the permit; null when no permit is on file. */
  permit_expires_on: string | null;
  /** The employer district's 区人才服务中心, which issues the notice (R-3 step 5). */
  centre_name: string | null;
}

/**
 * L-1 (issue 17): the notice is valid until the expiry of the permit period
 * its application was approved for (`applications.permit_id`, set at
 * submission after the endorsement, L-7), whatever happened to the permit
 * since. Older approvals without that link fall back to the permit in
 * force on the issue day.
 */
export function findNoticeFacts(q: Sql, applicationId: string, issuedOn: string): Promise<NoticeFactsRow | undefined> {
  return q.maybeOne<NoticeFactsRow>(
    `SELECT h.resident_id_masked,
       COALESCE(
         (SELECT to_char(p.expires_on, 'YYYY-MM-DD') FROM permits p WHERE p.id = a.permit_id),
         (SELECT to_char(p.expires_on, 'YYYY-MM-DD') FROM permits p WHERE p.holder_id = h.id
           ORDER BY (p.issued_on <= $2::date AND p.expires_on >= $2::date) DESC, p.expires_on DESC LIMIT 1)) AS permit_expires_on,
       (SELECT c.name FROM service_centres c WHERE c.kind = 'talent' AND c.district_code = e.district_code) AS centre_name
     FROM applications a JOIN holders h ON h.id = a.holder_id JOIN employers e ON e.id = a.employer_id
     WHERE a.id = $1`,
    [applicationId, issuedOn],
  );
}
