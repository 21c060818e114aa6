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
 * again, so `updated_at` is the approval's time).
 */
export function findNoticeStatus(q: Sql, noticeNo: string): Promise<NoticeStatusRow | undefined> {
  return q.maybeOne<NoticeStatusRow>(
    `SELECT n.revoked_at, n.revoked_reason,
       (SELECT to_char(b.notice_issued_on, 'YYYY-MM-DD') FROM applications b
         WHERE b.holder_id = a.holder_id AND b.id <> a.id AND b.state = 'approved' AND b.notice_issued_on IS NOT NULL AND b.updated_at > a.updated_at
         ORDER BY b.updated_at LIMIT 1) AS superseded_on
     FROM notices n JOIN applications a ON a.id = n.application_id WHERE n.notice_no = $1`,
    [noticeNo],
  );
}

/** Records the notice on its first print; later prints change nothing. Returns whether it is revoked. */
export async function recordNoticePrint(
  q: Sql,
  n: { noticeNo: string; applicationId: string; issuedOn: string; at: Date },
): Promise<{ revoked: boolean }> {
  await q.execute(
    `INSERT INTO notices (notice_no, application_id, issued_on, first_printed_at, created_at) VALUES ($1, $2, $3, $4, $4)
     ON CONFLICT (notice_no) DO NOTHING`,
    [n.noticeNo, n.applicationId, n.issuedOn, n.at],
  );
  const row = await q.one<{ revoked: boolean }>(
    'SELECT revoked_at IS NOT NULL AS revoked FROM notices WHERE notice_no = $1',
    [n.noticeNo],
  );
  return row;
}

/**
 * Revokes a notice, printed or not (a row is made when none exists). The
 * first revocation stands: revoking again changes nothing and returns false.
 */
export async function revokeNoticeRow(
  q: Sql,
  r: {
    noticeNo: string;
    applicationId: string;
    issuedOn: string;
    reason: RevocationReason;
    note: string | null;
    by: string | null;
    at: Date;
  },
): Promise<boolean> {
  await q.execute(
    `INSERT INTO notices (notice_no, application_id, issued_on, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (notice_no) DO NOTHING`,
    [r.noticeNo, r.applicationId, r.issuedOn, r.at],
  );
  const changed = await q.execute(
    `UPDATE notices SET revoked_at = $2, revoked_reason = $3, revoked_note = $4, revoked_by = $5 WHERE notice_no = $1 AND revoked_at IS NULL`,
    [r.noticeNo, r.at, r.reason, r.note, r.by],
  );
  return changed === 1;
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
