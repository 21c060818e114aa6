import type { Sql } from '../../adapters/db/sql.ts';

export interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/** Advisory-lock key of the chain head: appends are serialised across connections and instances. */
const AUDIT_CHAIN_LOCK = 7_314_202;

export async function lockChainHead(q: Sql): Promise<{ id: number; hash: string } | undefined> {
  await q.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const head = await q.maybeOne<{ id: string; hash: string }>('SELECT id::text AS id, hash FROM audit_log ORDER BY audit_log.id DESC LIMIT 1');
  return head ? { id: Number(head.id), hash: head.hash } : undefined;
}

export async function insertAuditRow(q: Sql, row: Omit<AuditRow, 'at'> & { at: string }): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (id, at, actor_id, actor_role, action, subject_type, subject_id, before, after, reason, request_id, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12, $13)`,
    [
      row.id,
      row.at,
      row.actor_id,
      row.actor_role,
      row.action,
      row.subject_type,
      row.subject_id,
      row.before === null ? null : JSON.stringify(row.before),
      row.after === null ? null : JSON.stringify(row.after),
      row.reason,
      row.request_id,
      row.prev_hash,
      row.hash,
    ],
  );
}

const COLUMNS = `id::text AS id, at, actor_id, actor_role, action, subject_type, subject_id, before, after, reason, request_id, prev_hash, hash`;

/** Rows in chain order after `afterId`, for verification in batches. */
export function auditBatch(q: Sql, afterId: number, limit: number): Promise<AuditRow[]> {
  return q.query<AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE id > $1 ORDER BY audit_log.id LIMIT $2`, [afterId, limit]);
}

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  subjectId?: string | undefined;
  before?: number | undefined;
  limit: number;
}

export function listAuditRows(q: Sql, f: AuditFilter): Promise<AuditRow[]> {
  return q.query<AuditRow>(
    `SELECT ${COLUMNS} FROM audit_log
     WHERE ($1::text IS NULL OR action = $1)
       AND ($2::uuid IS NULL OR actor_id = $2)
       AND ($3::text IS NULL OR subject_id = $3)
       AND ($4::bigint IS NULL OR id < $4)
     ORDER BY audit_log.id DESC LIMIT $5`,
    [f.action ?? null, f.actorId ?? null, f.subjectId ?? null, f.before ?? null, f.limit],
  );
}
