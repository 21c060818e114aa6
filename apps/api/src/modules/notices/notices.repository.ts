import type { Sql } from '../../adapters/db/sql.ts';

export type RevocationReason = 'points_cleared' | 'false_material' | 'correction';

export interface NoticeStatusRow {
  revoked_at: Date | null;
  revoked_reason: RevocationReason | null;
}

/** The only look-up the public verification page makes, and only for a code whose signature verified. */
export function findNoticeStatus(q: Sql, noticeNo: string): Promise<NoticeStatusRow | undefined> {
  return q.maybeOne<NoticeStatusRow>('SELECT revoked_at, revoked_reason FROM notices WHERE notice_no = $1', [noticeNo]);
}

/** Records the notice on its first print; later prints change nothing. Returns whether it is revoked. */
export async function recordNoticePrint(q: Sql, n: { noticeNo: string; applicationId: string; issuedOn: string; at: Date }): Promise<{ revoked: boolean }> {
  await q.execute(
    `INSERT INTO notices (notice_no, application_id, issued_on, first_printed_at, created_at) VALUES ($1, $2, $3, $4, $4)
     ON CONFLICT (notice_no) DO NOTHING`,
    [n.noticeNo, n.applicationId, n.issuedOn, n.at],
  );
  const row = await q.one<{ revoked: boolean }>('SELECT revoked_at IS NOT NULL AS revoked FROM notices WHERE notice_no = $1', [n.noticeNo]);
  return row;
}

/**
 * Revokes a notice, printed or not (a row is made when none exists). The
 * first revocation stands: revoking again changes nothing and returns false.
 */
export async function revokeNoticeRow(
  q: Sql,
  r: { noticeNo: string; applicationId: string; issuedOn: string; reason: RevocationReason; note: string | null; by: string | null; at: Date },
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
