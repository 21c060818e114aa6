import type { Sql } from '../../adapters/db/sql.ts';

export interface ApprovedBaselineRow {
  id: string;
  number: string;
  policy_id: string | null;
  policy_hash: string | null;
  /** The total the centre approved: the reviewed one when the reviewer changed it (migration 014). */
  total: string | null;
  input_enc: string | null;
  submitted_on: string | null;
  notice_issued_on: string | null;
}

/** The holder's last approved application other than `exceptId`, with the input it was decided on (P-3). */
export function lastApprovedBaseline(
  q: Sql,
  holderId: string,
  exceptId: string,
): Promise<ApprovedBaselineRow | undefined> {
  return q.maybeOne<ApprovedBaselineRow>(
    `SELECT id, number, policy_id, policy_hash, COALESCE(reviewed_total, total)::text AS total, input_enc,
       to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on, to_char(notice_issued_on, 'YYYY-MM-DD') AS notice_issued_on
     FROM applications WHERE holder_id = $1 AND id <> $2 AND state = 'approved'
     ORDER BY updated_at DESC, id LIMIT 1`,
    [holderId, exceptId],
  );
}
