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
  const head = await q.maybeOne<{ id: string; hash: string }>(
    'SELECT id::text AS id, hash FROM audit_log ORDER BY audit_log.id DESC LIMIT 1',
  );
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
  return q.query<AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE id > $1 ORDER BY audit_log.id LIMIT $2`, [
    afterId,
    limit,
  ]);
}

export interface AuditFilter {
  action?: string | undefined;
  /** An account id, or 'system' for entries without an actor. */
  actorId?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  /** Instants: at >= from and at < until. */
  from?: string | undefined;
  until?: string | undefined;
  before?: number | undefined;
  limit: number;
}

const LIST_COLUMNS = `a.id::text AS id, a.at, a.actor_id, a.actor_role, a.action, a.subject_type, a.subject_id, a.before, a.after, a.reason, a.request_id, a.prev_hash, a.hash`;

export type AuditListRow = AuditRow & { actor_name: string | null; subject_name: string | null };

/** The subject id as a uuid when it is one (a policy year or version id is not): the look-ups below use the keys' indexes. */
const SUBJECT_UUID = `CASE WHEN a.subject_id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' THEN a.subject_id::uuid END`;

/**
 * Issue 22: who or what an entry is about, in words an administrator reads
 * (a name with the masked ID, an application or consultation number, an
 * employer), instead of 8 hex digits of an id. Read at listing time from the
 * subjects' tables: the entries themselves (and so the hash chain) are not
 * touched; a subject since erased shows its type alone.
 */
const SUBJECT_NAME = `CASE a.subject_type
    WHEN 'application' THEN (SELECT ap.number || ' · ' || h.name FROM applications ap JOIN holders h ON h.id = ap.holder_id WHERE ap.id = ${SUBJECT_UUID})
    WHEN 'holder' THEN (SELECT h.name || ' · ' || h.resident_id_masked FROM holders h WHERE h.id = ${SUBJECT_UUID})
    WHEN 'points_record' THEN (SELECT h.name || ' · ' || h.resident_id_masked FROM points_records p JOIN holders h ON h.id = p.holder_id WHERE p.id = ${SUBJECT_UUID})
    WHEN 'employer' THEN (SELECT e.name FROM employers e WHERE e.id = ${SUBJECT_UUID})
    WHEN 'user' THEN (SELECT s.display_name || ' (' || s.username || ')' FROM users s WHERE s.id = ${SUBJECT_UUID})
    WHEN 'consultation' THEN COALESCE(
      (SELECT c.reference FROM consultations c WHERE c.id = ${SUBJECT_UUID}),
      (SELECT t.reference FROM consultation_threads t WHERE t.id = ${SUBJECT_UUID}))
    WHEN 'knowledge_entry' THEN (SELECT k.title_zh FROM knowledge_entries k WHERE k.id = ${SUBJECT_UUID})
    WHEN 'saved_reply' THEN (SELECT r.title_zh FROM consultant_saved_replies r WHERE r.id = ${SUBJECT_UUID})
    WHEN 'visit_slot' THEN (SELECT to_char(v.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') FROM visit_slots v WHERE v.id = ${SUBJECT_UUID})
  END`;

/** Newest first from `before` (keyset on the gapless id), filtered; the actor's and the subject's names joined in. */
export function listAuditRows(q: Sql, f: AuditFilter): Promise<AuditListRow[]> {
  const system = f.actorId === 'system';
  return q.query<AuditListRow>(
    `SELECT ${LIST_COLUMNS}, CASE WHEN u.id IS NULL THEN NULL ELSE u.display_name || ' (' || u.username || ')' END AS actor_name,
       ${SUBJECT_NAME} AS subject_name
     FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
     WHERE ($1::text IS NULL OR a.action = $1)
       AND ($2::uuid IS NULL OR a.actor_id = $2)
       AND (NOT $3::boolean OR a.actor_id IS NULL)
       AND ($4::text IS NULL OR a.subject_type = $4)
       AND ($5::text IS NULL OR a.subject_id = $5)
       AND ($6::timestamptz IS NULL OR a.at >= $6)
       AND ($7::timestamptz IS NULL OR a.at < $7)
       AND ($8::bigint IS NULL OR a.id < $8)
     ORDER BY a.id DESC LIMIT $9`,
    [
      f.action ?? null,
      system ? null : (f.actorId ?? null),
      system,
      f.subjectType ?? null,
      f.subjectId ?? null,
      f.from ?? null,
      f.until ?? null,
      f.before ?? null,
      f.limit,
    ],
  );
}

/** The `after` of the newest entry with `action` for each subject (audit_log_subject index). */
export async function latestAfterOf(q: Sql, action: string, subjectIds: string[]): Promise<Map<string, unknown>> {
  if (subjectIds.length === 0) return new Map();
  const rows = await q.query<{ subject_id: string; after: unknown }>(
    `SELECT DISTINCT ON (subject_id) subject_id, after FROM audit_log
     WHERE subject_id = ANY($1::text[]) AND action = $2 ORDER BY subject_id, id DESC`,
    [subjectIds, action],
  );
  return new Map(rows.map((r) => [r.subject_id, r.after]));
}
