import type { Sql } from '../../adapters/db/sql.ts';
import type { ExpiryRange } from './roster-ranges.ts';

/**
 * The roster's SQL. Every page is a keyset over the index
 * holders_roster_order (employer_id, roster_expires_on, id) — or
 * holders_roster_department with a department — so page 2,000 costs what
 * page 1 does: no OFFSET, no count of what came before.
 */
export interface RosterRow {
  id: string;
  name: string;
  resident_id_masked: string;
  department: string | null;
  /** 'infinity' when the holder has no permit. */
  expires_on: string;
  permit_no: string | null;
}

export interface RosterWhere {
  employerId: string;
  ranges: ExpiryRange[];
  department?: string | undefined;
  /** A name prefix (escaped for LIKE) or masked-ID digits, told apart by the caller. */
  namePrefix?: string | undefined;
  idSuffix?: string | undefined;
  idPattern?: string | undefined;
  residentIdHash?: string | undefined;
  holderIds?: string[] | undefined;
}

export interface Cursor {
  expiresOn: string;
  id: string;
}

function whereOf(w: RosterWhere, params: unknown[]): string {
  const add = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const parts = [`h.employer_id = ${add(w.employerId)}`];
  if (w.ranges.length > 0) {
    const ors = w.ranges.map((r) => {
      const c: string[] = [];
      if (r.from !== null) c.push(`h.roster_expires_on >= ${add(r.from)}::date`);
      if (r.to !== null) c.push(`h.roster_expires_on <= ${add(r.to)}::date`);
      // An unbounded "valid" range still excludes holders without a permit.
      if (r.to === null) c.push("h.roster_expires_on < 'infinity'::date");
      return c.length > 0 ? `(${c.join(' AND ')})` : 'true';
    });
    parts.push(`(${ors.join(' OR ')})`);
  }
  if (w.department !== undefined) parts.push(`h.department = ${add(w.department)}`);
  if (w.namePrefix !== undefined) parts.push(`h.name LIKE ${add(`${w.namePrefix}%`)} ESCAPE '\\'`);
  if (w.idSuffix !== undefined) parts.push(`h.resident_id_masked LIKE ${add(`%${w.idSuffix}`)}`);
  if (w.idPattern !== undefined) parts.push(`h.resident_id_masked = ${add(w.idPattern)}`);
  if (w.residentIdHash !== undefined) parts.push(`h.resident_id_hash = ${add(w.residentIdHash)}`);
  if (w.holderIds !== undefined) parts.push(`h.id = ANY(${add(w.holderIds)}::uuid[])`);
  return parts.join(' AND ');
}

const COLUMNS = `h.id, h.name, h.resident_id_masked, h.department, h.roster_expires_on::text AS expires_on,
  (SELECT p.permit_no FROM permits p WHERE p.holder_id = h.id AND p.expires_on = h.roster_expires_on LIMIT 1) AS permit_no`;

/** One keyset page: `limit` rows after `after`, in (expiry, id) order. */
export function rosterPage(q: Sql, w: RosterWhere, after: Cursor | null, limit: number): Promise<RosterRow[]> {
  const params: unknown[] = [];
  let where = whereOf(w, params);
  if (after) {
    params.push(after.expiresOn, after.id);
    where += ` AND (h.roster_expires_on, h.id) > ($${params.length - 1}::date, $${params.length}::uuid)`;
  }
  params.push(limit);
  return q.query<RosterRow>(
    `SELECT ${COLUMNS} FROM holders h WHERE ${where} ORDER BY h.roster_expires_on, h.id LIMIT $${params.length}`,
    params,
  );
}

/** The same page by OFFSET: for the benchmark's side-by-side only. */
export function rosterPageByOffset(q: Sql, w: RosterWhere, offset: number, limit: number): Promise<RosterRow[]> {
  const params: unknown[] = [];
  const where = whereOf(w, params);
  params.push(limit, offset);
  return q.query<RosterRow>(
    `SELECT ${COLUMNS} FROM holders h WHERE ${where} ORDER BY h.roster_expires_on, h.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
}

/**
 * Head-count per expiry date for the dashboard (at most a few hundred
 * distinct days): read in index order from holders_roster_order, an
 * index-only scan, never the wide holder rows; the service buckets the days
 * into states with the domain's rule.
 */
/**
 * Head-count per expiry day recounted from every holder of the employer: what
 * the kept counts must equal (roster-counts.test.ts), and the bench's peer.
 */
export function expiryHistogram(q: Sql, employerId: string) {
  return q.query<{ expires_on: string; count: number }>(
    `SELECT roster_expires_on::text AS expires_on, count(*)::int AS count FROM holders
     WHERE employer_id = $1 GROUP BY roster_expires_on ORDER BY roster_expires_on`,
    [employerId],
  );
}

/** The kept head-count per expiry day (migration 024), days with anyone only. */
export function keptExpiryCounts(q: Sql, employerId: string) {
  return q.query<{ expires_on: string; count: number }>(
    `SELECT expires_on::text AS expires_on, holders AS count FROM roster_expiry_counts
     WHERE employer_id = $1 AND holders > 0 ORDER BY expires_on`,
    [employerId],
  );
}

/**
 * Issue 20: the employer's head-count in each range of expiry dates, summed
 * from the kept counts per day (migration 024) in one statement, however many
 * holders there are. `ranges` are inclusive (null: unbounded) and never
 * include the holders without a permit, counted apart (`noPermit`).
 */
export async function keptRangeCounts(
  q: Sql,
  employerId: string,
  ranges: readonly ExpiryRange[],
): Promise<{ total: number; noPermit: number; inRange: number[] }> {
  const params: (string | null)[] = [employerId];
  const sums = ranges.map((r, i) => {
    params.push(r.from, r.to);
    const from = `$${params.length - 1}::date`;
    const to = `$${params.length}::date`;
    return `coalesce(sum(holders) FILTER (WHERE expires_on <> 'infinity'
      AND (${from} IS NULL OR expires_on >= ${from}) AND (${to} IS NULL OR expires_on <= ${to})), 0)::int AS r${i}`;
  });
  const row = await q.one<Record<string, number>>(
    `SELECT coalesce(sum(holders), 0)::int AS total,
       coalesce(sum(holders) FILTER (WHERE expires_on = 'infinity'), 0)::int AS no_permit
       ${sums.map((x) => `, ${x}`).join('')}
     FROM roster_expiry_counts WHERE employer_id = $1`,
    params,
  );
  return { total: row.total!, noPermit: row.no_permit!, inRange: ranges.map((_, i) => row[`r${i}`]!) };
}

/** Expiries per day in [from, to], from the kept counts. */
export function expiriesPerDay(q: Sql, employerId: string, from: string, to: string) {
  return q.query<{ date: string; count: number }>(
    `SELECT expires_on::text AS date, holders AS count FROM roster_expiry_counts
     WHERE employer_id = $1 AND expires_on BETWEEN $2::date AND $3::date AND holders > 0
     ORDER BY expires_on`,
    [employerId, from, to],
  );
}

export async function departmentsOf(q: Sql, employerId: string): Promise<string[]> {
  // A loose index scan over holders_roster_department: one probe per department, not one per holder.
  const rows = await q.query<{ department: string }>(
    `WITH RECURSIVE d AS (
       (SELECT department FROM holders WHERE employer_id = $1 AND department IS NOT NULL ORDER BY department LIMIT 1)
       UNION ALL
       SELECT (SELECT department FROM holders WHERE employer_id = $1 AND department > d.department ORDER BY department LIMIT 1)
       FROM d WHERE d.department IS NOT NULL
     ) SELECT department FROM d WHERE department IS NOT NULL LIMIT 500`,
    [employerId],
  );
  return rows.map((r) => r.department);
}

// ---- import ----

export interface ExistingHolder {
  id: string;
  employer_id: string | null;
  name: string;
  department: string | null;
  expires_on: string;
}

export function findHolderForImport(q: Sql, residentIdHash: string) {
  return q.maybeOne<ExistingHolder>(
    `SELECT id, employer_id, name, department, roster_expires_on::text AS expires_on FROM holders WHERE resident_id_hash = $1 FOR UPDATE`,
    [residentIdHash],
  );
}

/** False when the employer already has a running import (roster_imports_one_running, migration 022). */
export async function insertImport(
  q: Sql,
  i: {
    id: string;
    employerId: string;
    createdBy: string;
    fileName: string;
    sha256: string;
    totalRows: number;
    at: Date;
  },
): Promise<boolean> {
  const inserted = await q.execute(
    `INSERT INTO roster_imports (id, employer_id, created_by, file_name, file_sha256, status, total_rows, created_at, heartbeat_at)
     VALUES ($1, $2, $3, $4, $5, 'running', $6, $7, $7)
     ON CONFLICT (employer_id) WHERE status = 'running' DO NOTHING`,
    [i.id, i.employerId, i.createdBy, i.fileName, i.sha256, i.totalRows, i.at],
  );
  return inserted === 1;
}

export function findRunningImport(q: Sql, employerId: string) {
  return q.maybeOne<
    Pick<ImportRow, 'id' | 'file_name' | 'status' | 'heartbeat_at' | 'processed_rows' | 'total_rows'> & {
      file_sha256: string;
    }
  >(
    `SELECT id, file_name, file_sha256, status, heartbeat_at, processed_rows, total_rows FROM roster_imports WHERE employer_id = $1 AND status = 'running'`,
    [employerId],
  );
}

/** Ends the employer's imports whose worker stopped beating before `staleBefore` (a restart). */
export async function failStaleImports(
  q: Sql,
  employerId: string,
  staleBefore: Date,
  at: Date,
  failure: unknown,
): Promise<void> {
  await q.execute(
    `UPDATE roster_imports SET status = 'failed', finished_at = $3, failure = $4::jsonb
     WHERE employer_id = $1 AND status = 'running' AND heartbeat_at < $2`,
    [employerId, staleBefore, at, JSON.stringify(failure)],
  );
}

export interface ImportCounts {
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Rows whose ID another employer holds: a transfer request each (issue 17). */
  transferRequested: number;
}

/** The counts and the heartbeat; the row report too unless `errors` is null (it is written once, at the end). */
export async function updateImportProgress(
  q: Sql,
  id: string,
  c: ImportCounts,
  errors: unknown[] | null,
  at: Date,
): Promise<void> {
  await q.execute(
    `UPDATE roster_imports SET processed_rows = $2, created_count = $3, updated_count = $4, unchanged_count = $5, rejected_count = $6,
       errors = COALESCE($7::jsonb, errors), heartbeat_at = $8, transfer_requested_count = $9
     WHERE id = $1`,
    [
      id,
      c.processed,
      c.created,
      c.updated,
      c.unchanged,
      c.rejected,
      errors === null ? null : JSON.stringify(errors),
      at,
      c.transferRequested,
    ],
  );
}

export async function finishImport(
  q: Sql,
  id: string,
  status: 'done' | 'failed',
  at: Date,
  failure: unknown = null,
): Promise<void> {
  await q.execute('UPDATE roster_imports SET status = $2, finished_at = $3, failure = $4::jsonb WHERE id = $1', [
    id,
    status,
    at,
    failure === null ? null : JSON.stringify(failure),
  ]);
}

export interface ImportRow {
  id: string;
  employer_id: string;
  file_name: string;
  status: 'running' | 'done' | 'failed';
  total_rows: number;
  processed_rows: number;
  created_count: number;
  updated_count: number;
  unchanged_count: number;
  rejected_count: number;
  transfer_requested_count: number;
  errors: { row: number; column: string; zh: string; en: string }[];
  failure: { zh: string; en: string } | null;
  created_at: Date;
  finished_at: Date | null;
  heartbeat_at: Date;
}

export function findImport(q: Sql, id: string) {
  return q.maybeOne<ImportRow>('SELECT * FROM roster_imports WHERE id = $1', [id]);
}
