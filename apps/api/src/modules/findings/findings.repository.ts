import type { Sql } from '../../adapters/db/sql.ts';

/**
 * C-5 false-material findings (migration 014). This module owns the table:
 * review records a finding through findings.service, applications reads the
 * dates for every later assessment input, so neither depends on the other
 * for it (issue 17: review depends on applications, never the reverse).
 */
export interface FindingRow {
  application_number: string;
  found_on: string;
  penalty: string;
  barred_until: string;
  counts_until: string;
  reason: string;
}

export async function findingsOfHolder(q: Sql, holderId: string): Promise<FindingRow[]> {
  return q.query<FindingRow>(
    `SELECT a.number AS application_number, to_char(f.found_on, 'YYYY-MM-DD') AS found_on, f.penalty::text AS penalty,
       to_char(f.barred_until, 'YYYY-MM-DD') AS barred_until, to_char(f.counts_until, 'YYYY-MM-DD') AS counts_until, f.reason
     FROM false_material_findings f JOIN applications a ON a.id = f.application_id WHERE f.holder_id = $1 ORDER BY f.found_on DESC, f.id`,
    [holderId],
  );
}

export async function findingDatesOfHolder(q: Sql, holderId: string): Promise<string[]> {
  const rows = await q.query<{ found_on: string }>(
    "SELECT to_char(found_on, 'YYYY-MM-DD') AS found_on FROM false_material_findings WHERE holder_id = $1 ORDER BY found_on",
    [holderId],
  );
  return rows.map((r) => r.found_on);
}

export async function insertFinding(
  q: Sql,
  f: {
    id: string;
    holderId: string;
    applicationId: string;
    foundOn: string;
    penalty: number;
    barredUntil: string;
    countsUntil: string;
    policyId: string;
    reason: string;
    by: string;
    at: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO false_material_findings (id, holder_id, application_id, found_on, penalty, barred_until, counts_until, policy_id, reason, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      f.id,
      f.holderId,
      f.applicationId,
      f.foundOn,
      f.penalty,
      f.barredUntil,
      f.countsUntil,
      f.policyId,
      f.reason,
      f.by,
      f.at,
    ],
  );
}
