import type { Sql } from '../../adapters/db/sql.ts';

export type RevocationReason = 'points_cleared' | 'false_material' | 'correction';

export interface NoticeStatusRow {
  revoked_at: Date | null;
  revoked_reason: RevocationReason | null;
  /** Issue 17: the issue day of a later approved notice of the same holder, if any. */
  superseded_on: string | null;
}

/**
 * The only look-up the public verification page makes, and only for a code
 * whose signature verified: the revocation, and whether a later approval of
 * the same holder superseded the notice (approved applications never move
 * again, so `updated_at` is the approval's time). A code printed before
 * migration 027 carries the old hex number, kept in `legacy_no`.
 */
export function findNoticeStatus(q: Sql, noticeNo: string): Promise<NoticeStatusRow | undefined> {
  return q.maybeOne<NoticeStatusRow>(
    `SELECT n.revoked_at, n.revoked_reason,
       (SELECT to_char(b.notice_issued_on, 'YYYY-MM-DD') FROM applications b
         WHERE b.holder_id = a.holder_id AND b.id <> a.id AND b.state = 'approved' AND b.notice_issued_on IS NOT NULL AND b.updated_at > a.updated_at
         ORDER BY b.updated_at LIMIT 1) AS superseded_on
     FROM notices n JOIN applications a ON a.id = n.application_id WHERE n.notice_no = $1 OR n.legacy_no = $1`,
    [noticeNo],
  );
}

/**
 * The notice of an application, made on its first print or revocation: the
 * insert's trigger gives it the next number of its issue year (JFTZ2026-000123,
 * migration 027). Later calls change nothing and return the same number.
 */
async function ensureNoticeRow(
  q: Sql,
  n: { applicationId: string; issuedOn: string; at: Date; printed: boolean },
): Promise<{ notice_no: string; revoked: boolean }> {
  // NOT EXISTS first: the trigger counts a number before ON CONFLICT would drop the row, leaving a gap.
  await q.execute(
    `INSERT INTO notices (application_id, issued_on, first_printed_at, created_at)
     SELECT $1::uuid, $2::date, $3::timestamptz, $4::timestamptz
     WHERE NOT EXISTS (SELECT 1 FROM notices WHERE application_id = $1::uuid)
     ON CONFLICT (application_id) DO NOTHING`,
    [n.applicationId, n.issuedOn, n.printed ? n.at : null, n.at],
  );
  return q.one<{ notice_no: string; revoked: boolean }>(
    'SELECT notice_no, revoked_at IS NOT NULL AS revoked FROM notices WHERE application_id = $1',
    [n.applicationId],
  );
}

/** Records the notice on its first print; later prints change nothing. Returns its number and whether it is revoked. */
export function recordNoticePrint(
  q: Sql,
  n: { applicationId: string; issuedOn: string; at: Date },
): Promise<{ notice_no: string; revoked: boolean }> {
  return ensureNoticeRow(q, { ...n, printed: true });
}

/**
 * Revokes a notice, printed or not (a row, with its number, is made when none
 * exists). The first revocation stands: revoking again changes nothing and
 * returns changed: false.
 */
export async function revokeNoticeRow(
  q: Sql,
  r: {
    applicationId: string;
    issuedOn: string;
    reason: RevocationReason;
    note: string | null;
    by: string | null;
    at: Date;
  },
): Promise<{ noticeNo: string; changed: boolean }> {
  const row = await ensureNoticeRow(q, { ...r, printed: false });
  const changed = await q.execute(
    `UPDATE notices SET revoked_at = $2, revoked_reason = $3, revoked_note = $4, revoked_by = $5 WHERE notice_no = $1 AND revoked_at IS NULL`,
    [row.notice_no, r.at, r.reason, r.note, r.by],
  );
  return { noticeNo: row.notice_no, changed: changed === 1 };
}

export interface NoticeApplicationRow {
  id: string;
  state: string;
  notice_issued_on: string | null;
  district_code: string;
}

/** The application behind a notice (for the revocation API's scope check). */
export function findNoticeApplication(q: Sql, applicationId: string): Promise<NoticeApplicationRow | undefined> {
  return q.maybeOne<NoticeApplicationRow>(
    `SELECT a.id, a.state, to_char(a.notice_issued_on, 'YYYY-MM-DD') AS notice_issued_on, e.district_code
     FROM applications a JOIN employers e ON e.id = a.employer_id WHERE a.id = $1`,
    [applicationId],
  );
}
