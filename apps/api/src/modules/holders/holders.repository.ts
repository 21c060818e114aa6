import type { Sql } from '../../adapters/db/sql.ts';

export interface HolderRow {
  id: string;
  name: string;
  resident_id_masked: string;
  mobile_masked: string | null;
  birth_date: string;
  sex: 'M' | 'F';
  employer_id: string | null;
  employer_name: string | null;
  employer_district: string | null;
  user_id: string | null;
  permit_id: string | null;
  permit_no: string | null;
  issued_on: string | null;
  expires_on: string | null;
  /** Issue 17: the points cycle (null while no application was approved); it ends with the permit period it was approved for (L-1). */
  points_cycle: number | null;
  points_expires_on: string | null;
}

// The holder, employer and points-cycle columns and joins both statements below read.
const HOLDER_COLUMNS = `h.id, h.name, h.resident_id_masked, h.mobile_masked, h.birth_date::text AS birth_date, h.sex,
         h.employer_id, e.name AS employer_name, e.district_code AS employer_district, h.user_id,
         r.cycle AS points_cycle, r.expires_on::text AS points_expires_on`;
const HOLDER_FROM = `FROM holders h
  LEFT JOIN employers e ON e.id = h.employer_id
  LEFT JOIN points_records r ON r.holder_id = h.id`;

/** Holders with their current permit (the one that expires last). */
const SELECT = `
  SELECT ${HOLDER_COLUMNS},
         p.id AS permit_id, p.permit_no, p.issued_on::text AS issued_on, p.expires_on::text AS expires_on
  ${HOLDER_FROM}
  LEFT JOIN LATERAL (
    SELECT id, permit_no, issued_on, expires_on FROM permits WHERE holder_id = h.id ORDER BY expires_on DESC LIMIT 1
  ) p ON true`;

export type HolderScope = { all: true } | { employerId: string } | { districtCode: string };

export function listHolderRows(q: Sql, scope: HolderScope) {
  if ('employerId' in scope)
    return q.query<HolderRow>(`${SELECT} WHERE h.employer_id = $1 ORDER BY h.name, h.id`, [scope.employerId]);
  if ('districtCode' in scope)
    return q.query<HolderRow>(`${SELECT} WHERE e.district_code = $1 ORDER BY h.name, h.id`, [scope.districtCode]);
  return q.query<HolderRow>(`${SELECT} ORDER BY h.name, h.id`);
}

export function findHolderRow(q: Sql, id: string) {
  return q.maybeOne<HolderRow>(`${SELECT} WHERE h.id = $1`, [id]);
}

export function findHolderRowByUser(q: Sql, userId: string) {
  return q.maybeOne<HolderRow>(`${SELECT} WHERE h.user_id = $1`, [userId]);
}

export interface PermitRow {
  id: string;
  permit_no: string;
  issued_on: string;
  expires_on: string;
}

/**
 * A holder with every permit, latest first, in one statement (issue 20: the
 * holder home was two round trips). The permits come as one JSON column, and
 * the current permit is the first of them (the latest expiry, as SELECT's
 * LATERAL picks it: a holder has one period per expiry date), so the
 * statement reads the holder's permits once, not twice.
 */
const DETAIL = `
  SELECT ${HOLDER_COLUMNS},
         COALESCE((SELECT json_agg(json_build_object('id', x.id, 'permit_no', x.permit_no,
                     'issued_on', x.issued_on::text, 'expires_on', x.expires_on::text) ORDER BY x.expires_on DESC)
                   FROM permits x WHERE x.holder_id = h.id), '[]') AS permits
  ${HOLDER_FROM}`;

type DetailRow = Omit<HolderRow, 'permit_id' | 'permit_no' | 'issued_on' | 'expires_on'> & { permits: PermitRow[] };

export async function findHolderDetailByUser(
  q: Sql,
  userId: string,
): Promise<(HolderRow & { permits: PermitRow[] }) | undefined> {
  const row = await q.maybeOne<DetailRow>(`${DETAIL} WHERE h.user_id = $1`, [userId]);
  if (!row) return undefined;
  const current = row.permits[0];
  return {
    ...row,
    permit_id: current?.id ?? null,
    permit_no: current?.permit_no ?? null,
    issued_on: current?.issued_on ?? null,
    expires_on: current?.expires_on ?? null,
  };
}

export function listPermitRows(q: Sql, holderId: string) {
  return q.query<{ id: string; permit_no: string; issued_on: string; expires_on: string }>(
    `SELECT id, permit_no, issued_on::text AS issued_on, expires_on::text AS expires_on
     FROM permits WHERE holder_id = $1 ORDER BY expires_on DESC`,
    [holderId],
  );
}

export function findSealedField(q: Sql, holderId: string, field: 'residentId' | 'mobile') {
  const column = field === 'residentId' ? 'resident_id_enc' : 'mobile_enc';
  return q.one<{ sealed: string | null }>(`SELECT ${column} AS sealed FROM holders WHERE id = $1`, [holderId]);
}

export interface NewHolder {
  id: string;
  name: string;
  residentIdEnc: string;
  residentIdHash: string;
  residentIdMasked: string;
  birthDate: string;
  sex: 'M' | 'F';
  mobileEnc: string | null;
  mobileHash: string | null;
  mobileMasked: string | null;
  employerId: string | null;
  userId: string | null;
  createdAt: Date;
}

export async function insertHolder(q: Sql, h: NewHolder): Promise<void> {
  await q.execute(
    `INSERT INTO holders (id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex,
                          mobile_enc, mobile_hash, mobile_masked, employer_id, user_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      h.id,
      h.name,
      h.residentIdEnc,
      h.residentIdHash,
      h.residentIdMasked,
      h.birthDate,
      h.sex,
      h.mobileEnc,
      h.mobileHash,
      h.mobileMasked,
      h.employerId,
      h.userId,
      h.createdAt,
    ],
  );
}

/**
 * One permit period (registration, an endorsement, a newly issued permit, the
 * roster import). `ifAbsent`: a period the holder already has (same expiry)
 * is left as it is, as a re-imported roster row asks.
 */
export async function insertPermit(
  q: Sql,
  p: { id: string; holderId: string; permitNo: string; issuedOn: string; expiresOn: string; createdAt: Date },
  ifAbsent = false,
): Promise<void> {
  await q.execute(
    `INSERT INTO permits (id, holder_id, permit_no, issued_on, expires_on, created_at) VALUES ($1, $2, $3, $4, $5, $6)${ifAbsent ? ' ON CONFLICT (holder_id, expires_on) DO NOTHING' : ''}`,
    [p.id, p.holderId, p.permitNo, p.issuedOn, p.expiresOn, p.createdAt],
  );
}

export function findHolderIdByHash(q: Sql, residentIdHash: string) {
  return q.maybeOne<{ id: string }>('SELECT id FROM holders WHERE resident_id_hash = $1', [residentIdHash]);
}

/**
 * R-2 (issue 17): the holder moves to the employer they consented to. The
 * department was the old employer's; the move happens only if the holder is
 * still where the caller saw them (a concurrent move makes this a no-op).
 */
export async function updateHolderEmployer(
  q: Sql,
  holderId: string,
  fromEmployerId: string | null,
  toEmployerId: string,
): Promise<boolean> {
  return (
    (await q.execute(
      'UPDATE holders SET employer_id = $3, department = NULL WHERE id = $1 AND employer_id IS NOT DISTINCT FROM $2',
      [holderId, fromEmployerId, toEmployerId],
    )) === 1
  );
}

/** What a transfer needs of a holder: who holds them now, their account, and the masked ID. */
export function findHolderForTransfer(q: Sql, holderId: string, forUpdate = false) {
  return q.maybeOne<{
    id: string;
    name: string;
    employer_id: string | null;
    user_id: string | null;
    resident_id_masked: string;
    mobile_enc: string | null;
  }>(
    `SELECT id, name, employer_id, user_id, resident_id_masked, mobile_enc FROM holders WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [holderId],
  );
}

// Issue 17, one owner per table: every write to `holders` and `permits` is in this module; roster, holder-activation
// and permits call holder-records.ts.
export async function setDepartment(q: Sql, holderId: string, department: string | null): Promise<void> {
  await q.execute('UPDATE holders SET department = $2 WHERE id = $1', [holderId, department]);
}

/** Links an activated account to the holder record; succeeds only while the holder has none (holder-activation). */
export async function linkHolderAccount(q: Sql, holderId: string, userId: string): Promise<boolean> {
  return (
    (await q.execute('UPDATE holders SET user_id = $2 WHERE id = $1 AND user_id IS NULL', [holderId, userId])) === 1
  );
}

export async function restartHoldingYears(q: Sql, holderId: string, since: string): Promise<void> {
  await q.execute('UPDATE holders SET holding_since = $2 WHERE id = $1', [holderId, since]);
}
