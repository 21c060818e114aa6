import type { Sql } from '../../adapters/db/sql.ts';

export type EmployerStatus = 'pending' | 'verified' | 'rejected';

export interface EmployerRow {
  id: string;
  name: string;
  uscc: string;
  uscc_checksum_ok: boolean;
  district_code: string;
  district_name: string;
  status: EmployerStatus;
  contact_name: string;
  contact_mobile_masked: string;
  created_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  decided_by_name: string | null;
  rejection_reason: string | null;
}

const SELECT = `
  SELECT e.id, e.name, e.uscc, e.uscc_checksum_ok, e.district_code, d.name AS district_name, e.status,
         e.contact_name, e.contact_mobile_masked, e.created_at, e.decided_at, e.decided_by,
         u.display_name AS decided_by_name, e.rejection_reason
  FROM employers e
  JOIN districts d ON d.code = e.district_code
  LEFT JOIN users u ON u.id = e.decided_by`;

export function listEmployerRows(q: Sql, f: { districtCode: string | null; status: EmployerStatus | null }) {
  return q.query<EmployerRow>(
    `${SELECT} WHERE ($1::text IS NULL OR e.district_code = $1) AND ($2::text IS NULL OR e.status = $2)
     ORDER BY e.created_at DESC, e.name`,
    [f.districtCode, f.status],
  );
}

export function findEmployerRow(q: Sql, id: string) {
  return q.maybeOne<EmployerRow>(`${SELECT} WHERE e.id = $1`, [id]);
}

export async function usccTaken(q: Sql, uscc: string): Promise<boolean> {
  return (await q.maybeOne('SELECT 1 AS x FROM employers WHERE uscc = $1', [uscc])) !== undefined;
}

export async function districtExists(q: Sql, code: string): Promise<boolean> {
  return (await q.maybeOne('SELECT 1 AS x FROM districts WHERE code = $1', [code])) !== undefined;
}

export interface NewEmployer {
  id: string;
  name: string;
  uscc: string;
  usccChecksumOk: boolean;
  districtCode: string;
  status: EmployerStatus;
  contactName: string;
  contactMobileEnc: string;
  contactMobileMasked: string;
  createdAt: Date;
}

export async function insertEmployer(q: Sql, e: NewEmployer): Promise<void> {
  await q.execute(
    `INSERT INTO employers (id, name, uscc, uscc_checksum_ok, district_code, status, contact_name, contact_mobile_enc, contact_mobile_masked, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      e.id,
      e.name,
      e.uscc,
      e.usccChecksumOk,
      e.districtCode,
      e.status,
      e.contactName,
      e.contactMobileEnc,
      e.contactMobileMasked,
      e.createdAt,
    ],
  );
}

/** Moves a pending employer to a decision; false when it was no longer pending. */
export async function decideEmployer(
  q: Sql,
  id: string,
  d: { status: 'verified' | 'rejected'; by: string | null; at: Date; reason: string | null },
): Promise<boolean> {
  const n = await q.execute(
    `UPDATE employers SET status = $2, decided_by = $3, decided_at = $4, rejection_reason = $5
     WHERE id = $1 AND status = 'pending'`,
    [id, d.status, d.by, d.at, d.reason],
  );
  return n === 1;
}
