import type { Sql } from '../../adapters/db/sql.ts';

export interface ClaimsRow {
  claims_enc: string;
  version: number;
  updated_at: Date;
  confirmed_at: Date | null;
  confirmed_version: number | null;
}

export interface RecordsRow {
  records_enc: string;
  months_count: number;
  version: number;
  updated_at: Date;
}

export function findClaims(q: Sql, holderId: string, forUpdate = false) {
  return q.maybeOne<ClaimsRow>(
    `SELECT claims_enc, version, updated_at, confirmed_at, confirmed_version FROM holder_claims WHERE holder_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [holderId],
  );
}

/** Inserts version 1, or bumps the version when it still is `expected`; false when someone saved first. */
export async function saveClaims(
  q: Sql,
  c: { holderId: string; claimsEnc: string; expected: number; by: string; at: Date },
): Promise<boolean> {
  if (c.expected === 0) {
    const n = await q.execute(
      `INSERT INTO holder_claims (holder_id, claims_enc, version, updated_by, updated_at) VALUES ($1, $2, 1, $3, $4)
       ON CONFLICT (holder_id) DO NOTHING`,
      [c.holderId, c.claimsEnc, c.by, c.at],
    );
    return n === 1;
  }
  const n = await q.execute(
    `UPDATE holder_claims SET claims_enc = $2, version = version + 1, updated_by = $3, updated_at = $4
     WHERE holder_id = $1 AND version = $5`,
    [c.holderId, c.claimsEnc, c.by, c.at, c.expected],
  );
  return n === 1;
}

export async function confirmClaims(q: Sql, holderId: string, version: number, at: Date): Promise<boolean> {
  const n = await q.execute(
    'UPDATE holder_claims SET confirmed_at = $3, confirmed_version = version WHERE holder_id = $1 AND version = $2',
    [holderId, version, at],
  );
  return n === 1;
}

export function findRecords(q: Sql, holderId: string, forUpdate = false) {
  return q.maybeOne<RecordsRow>(
    `SELECT records_enc, months_count, version, updated_at FROM holder_si_records WHERE holder_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [holderId],
  );
}

export async function saveRecords(
  q: Sql,
  r: {
    holderId: string;
    recordsEnc: string;
    monthsCount: number;
    firstMonth: string | null;
    lastMonth: string | null;
    by: string;
    at: Date;
  },
): Promise<number> {
  const row = await q.one<{ version: number }>(
    `INSERT INTO holder_si_records (holder_id, records_enc, months_count, first_month, last_month, version, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, 1, $6, $7)
     ON CONFLICT (holder_id) DO UPDATE SET records_enc = EXCLUDED.records_enc, months_count = EXCLUDED.months_count,
       first_month = EXCLUDED.first_month, last_month = EXCLUDED.last_month, version = holder_si_records.version + 1,
       updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
     RETURNING version`,
    [r.holderId, r.recordsEnc, r.monthsCount, r.firstMonth, r.lastMonth, r.by, r.at],
  );
  return row.version;
}
