import type { Sql } from '../../adapters/db/sql.ts';

/** holder_transfers (migration 017): written only by this module. */
export interface TransferRow {
  id: string;
  holder_id: string;
  to_employer_id: string;
  to_employer_name: string;
  requested_name: string;
  resident_id_masked: string;
  requested_by: string;
  requested_at: Date;
  expires_at: Date;
  state: 'pending' | 'accepted' | 'declined' | 'expired';
  decided_at: Date | null;
  consent_method: 'app' | 'sms' | 'paper' | null;
  from_employer_id: string | null;
  effective_on: string | null;
  sms_invite_id: string | null;
  holder_user_id: string | null;
}

const SELECT = `
  SELECT t.id, t.holder_id, t.to_employer_id, e.name AS to_employer_name, t.requested_name, h.resident_id_masked,
         t.requested_by, t.requested_at, t.expires_at, t.state, t.decided_at, t.consent_method, t.from_employer_id,
         t.effective_on::text AS effective_on, t.sms_invite_id, h.user_id AS holder_user_id
  FROM holder_transfers t JOIN employers e ON e.id = t.to_employer_id JOIN holders h ON h.id = t.holder_id`;

/** Pending requests past their expiry become expired before anything reads or decides on them. */
export async function expireDue(q: Sql, now: Date, where: { holderId?: string; employerId?: string }): Promise<void> {
  if (where.holderId) {
    await q.execute(
      "UPDATE holder_transfers SET state = 'expired' WHERE holder_id = $1 AND state = 'pending' AND expires_at <= $2",
      [where.holderId, now],
    );
  } else if (where.employerId) {
    await q.execute(
      "UPDATE holder_transfers SET state = 'expired' WHERE to_employer_id = $1 AND state = 'pending' AND expires_at <= $2",
      [where.employerId, now],
    );
  }
}

export function findPending(q: Sql, holderId: string, toEmployerId: string) {
  return q.maybeOne<TransferRow>(`${SELECT} WHERE t.holder_id = $1 AND t.to_employer_id = $2 AND t.state = 'pending'`, [
    holderId,
    toEmployerId,
  ]);
}

export async function insertTransfer(
  q: Sql,
  t: {
    id: string;
    holderId: string;
    toEmployerId: string;
    requestedName: string;
    requestedBy: string;
    at: Date;
    expiresAt: Date;
  },
): Promise<boolean> {
  return (
    (await q.execute(
      `INSERT INTO holder_transfers (id, holder_id, to_employer_id, requested_name, requested_by, requested_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (holder_id, to_employer_id) WHERE state = 'pending' DO NOTHING`,
      [t.id, t.holderId, t.toEmployerId, t.requestedName, t.requestedBy, t.at, t.expiresAt],
    )) === 1
  );
}

export function findTransfer(q: Sql, id: string, forUpdate = false) {
  return q.maybeOne<TransferRow>(`${SELECT} WHERE t.id = $1${forUpdate ? ' FOR UPDATE OF t' : ''}`, [id]);
}

export function listForEmployer(q: Sql, employerId: string) {
  return q.query<TransferRow>(`${SELECT} WHERE t.to_employer_id = $1 ORDER BY t.requested_at DESC, t.id LIMIT 500`, [
    employerId,
  ]);
}

export function listForHolder(q: Sql, holderId: string) {
  return q.query<TransferRow>(`${SELECT} WHERE t.holder_id = $1 ORDER BY t.requested_at DESC, t.id LIMIT 100`, [
    holderId,
  ]);
}

export interface Consent {
  id: string;
  method: 'app' | 'sms' | 'paper';
  decidedBy: string | null;
  at: Date;
  fromEmployerId: string | null;
  effectiveOn: string;
  paper?: { signedOn: string; filename: string; contentType: string; bytes: number; sha256: string; scanEnc: string };
}

export async function markAccepted(q: Sql, c: Consent): Promise<void> {
  await q.execute(
    `UPDATE holder_transfers SET state = 'accepted', decided_at = $2, decided_by = $3, consent_method = $4, from_employer_id = $5, effective_on = $6,
       paper_signed_on = $7, paper_scan_filename = $8, paper_scan_content_type = $9, paper_scan_bytes = $10, paper_scan_sha256 = $11, paper_scan_enc = $12
     WHERE id = $1 AND state = 'pending'`,
    [
      c.id,
      c.at,
      c.decidedBy,
      c.method,
      c.fromEmployerId,
      c.effectiveOn,
      c.paper?.signedOn ?? null,
      c.paper?.filename ?? null,
      c.paper?.contentType ?? null,
      c.paper?.bytes ?? null,
      c.paper?.sha256 ?? null,
      c.paper?.scanEnc ?? null,
    ],
  );
}

/** The holder's other pending requests end when they move (they chose one employer). */
export async function declineOthers(q: Sql, holderId: string, keepId: string, at: Date): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    "UPDATE holder_transfers SET state = 'declined', decided_at = $3 WHERE holder_id = $1 AND id <> $2 AND state = 'pending' RETURNING id",
    [holderId, keepId, at],
  );
  return rows.map((r) => r.id);
}

export async function markDeclined(q: Sql, id: string, decidedBy: string, at: Date): Promise<void> {
  await q.execute(
    "UPDATE holder_transfers SET state = 'declined', decided_at = $2, decided_by = $3 WHERE id = $1 AND state = 'pending'",
    [id, at, decidedBy],
  );
}

export async function setSmsInvite(q: Sql, id: string, inviteId: string): Promise<void> {
  await q.execute('UPDATE holder_transfers SET sms_invite_id = $2 WHERE id = $1', [id, inviteId]);
}

export function paperScanOf(q: Sql, id: string) {
  return q.maybeOne<{ scan_enc: string; content_type: string }>(
    'SELECT paper_scan_enc AS scan_enc, paper_scan_content_type AS content_type FROM holder_transfers WHERE id = $1 AND paper_scan_enc IS NOT NULL',
    [id],
  );
}

/**
 * Issue 18 item 10: the requests an employer started since `since` (its
 * Shanghai day), counted under a lock per employer so two registrations at
 * once cannot both pass the cap.
 */
export async function countStartedSinceLocked(q: Sql, employerId: string, since: Date): Promise<number> {
  await q.query("SELECT pg_advisory_xact_lock(hashtext('jifen.transfer-cap:' || $1::text))", [employerId]);
  const row = await q.one<{ n: number }>(
    'SELECT count(*)::int AS n FROM holder_transfers WHERE to_employer_id = $1 AND requested_at >= $2',
    [employerId, since],
  );
  return row.n;
}
