import type { Sql } from '../../adapters/db/sql.ts';
import type { PublishedDocument } from '../../policy/live-policy.ts';

export type DocKind = 'calendar' | 'wage' | 'version';

export interface PolicyDocumentRow {
  id: string;
  kind: DocKind;
  key: string;
  revision: number;
  status: 'draft' | 'published' | 'discarded';
  origin: 'shipped' | 'admin';
  doc: unknown;
  doc_hash: string;
  reason: string | null;
  based_on: string | null;
  drafted_by: string | null;
  drafted_by_name: string | null;
  drafted_at: Date;
  published_by: string | null;
  published_by_name: string | null;
  published_at: Date | null;
}

const SELECT = `SELECT d.*, du.display_name AS drafted_by_name, pu.display_name AS published_by_name
  FROM policy_documents d
  LEFT JOIN users du ON du.id = d.drafted_by
  LEFT JOIN users pu ON pu.id = d.published_by`;

export function listDocuments(q: Sql, kind?: DocKind): Promise<PolicyDocumentRow[]> {
  return kind
    ? q.query<PolicyDocumentRow>(`${SELECT} WHERE d.kind = $1 ORDER BY d.key DESC, d.revision DESC`, [kind])
    : q.query<PolicyDocumentRow>(`${SELECT} ORDER BY d.kind, d.key DESC, d.revision DESC`);
}

export function findDocument(q: Sql, id: string, forUpdate = false): Promise<PolicyDocumentRow | undefined> {
  return q.maybeOne<PolicyDocumentRow>(`${SELECT} WHERE d.id = $1${forUpdate ? ' FOR UPDATE OF d' : ''}`, [id]);
}

export function publishedDocuments(q: Sql): Promise<PublishedDocument[]> {
  return q.query<PublishedDocument>(
    `SELECT kind, key, revision, doc, doc_hash FROM policy_documents WHERE status = 'published' ORDER BY kind, key, revision`,
  );
}

export async function nextRevision(
  q: Sql,
  kind: DocKind,
  key: string,
): Promise<{ revision: number; published: boolean }> {
  const r = await q.one<{ max: number | null; published: boolean }>(
    `SELECT max(revision) AS max, bool_or(status = 'published') AS published FROM policy_documents WHERE kind = $1 AND key = $2`,
    [kind, key],
  );
  return { revision: (r.max ?? 0) + 1, published: r.published === true };
}

export function openDraft(q: Sql, kind: DocKind, key: string): Promise<{ id: string } | undefined> {
  return q.maybeOne<{ id: string }>(
    `SELECT id FROM policy_documents WHERE kind = $1 AND key = $2 AND status = 'draft'`,
    [kind, key],
  );
}

export interface NewDocument {
  id: string;
  kind: DocKind;
  key: string;
  revision: number;
  status: 'draft' | 'published';
  origin: 'shipped' | 'admin';
  doc: unknown;
  docHash: string;
  reason: string | null;
  basedOn: string | null;
  draftedBy: string | null;
  at: Date;
}

/** Returns false when the (kind, key, revision) already exists (a concurrent start loaded it first). */
export async function insertDocument(q: Sql, d: NewDocument): Promise<boolean> {
  const n = await q.execute(
    `INSERT INTO policy_documents (id, kind, key, revision, status, origin, doc, doc_hash, reason, based_on, drafted_by, drafted_at, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $5 = 'published' THEN $12::timestamptz END)
     ON CONFLICT (kind, key, revision) DO NOTHING`,
    [
      d.id,
      d.kind,
      d.key,
      d.revision,
      d.status,
      d.origin,
      JSON.stringify(d.doc),
      d.docHash,
      d.reason,
      d.basedOn,
      d.draftedBy,
      d.at,
    ],
  );
  return n === 1;
}

export async function updateDraft(
  q: Sql,
  id: string,
  doc: unknown,
  docHash: string,
  reason: string | null,
  draftedBy: string,
  at: Date,
): Promise<void> {
  await q.execute(
    `UPDATE policy_documents SET doc = $2, doc_hash = $3, reason = $4, drafted_by = $5, drafted_at = $6 WHERE id = $1 AND status = 'draft'`,
    [id, JSON.stringify(doc), docHash, reason, draftedBy, at],
  );
}

export async function setStatus(
  q: Sql,
  id: string,
  status: 'published' | 'discarded',
  by: string,
  at: Date,
): Promise<void> {
  await q.execute(
    status === 'published'
      ? `UPDATE policy_documents SET status = 'published', published_by = $2, published_at = $3 WHERE id = $1 AND status = 'draft'`
      : `UPDATE policy_documents SET status = 'discarded' WHERE id = $1 AND status = 'draft'`,
    status === 'published' ? [id, by, at] : [id],
  );
}

export function existingKeys(q: Sql): Promise<{ kind: DocKind; key: string }[]> {
  return q.query<{ kind: DocKind; key: string }>(`SELECT DISTINCT kind, key FROM policy_documents`);
}

export interface ComparedHolderRow {
  id: string;
  name: string;
  resident_id_masked: string;
  expires_on: string | null;
}

/** Every holder with the expiry of their newest permit: the stored cases a comparison re-assesses. */
export function holdersForComparison(q: Sql): Promise<ComparedHolderRow[]> {
  return q.query<ComparedHolderRow>(
    `SELECT h.id, h.name, h.resident_id_masked,
       (SELECT to_char(max(p.expires_on), 'YYYY-MM-DD') FROM permits p WHERE p.holder_id = h.id) AS expires_on
     FROM holders h ORDER BY h.created_at, h.id`,
  );
}

export interface WageImpactHolderRow {
  id: string;
  name: string;
  resident_id_masked: string;
  employer_id: string | null;
  employer_name: string | null;
}

/** Issue 19: every stored holder and roster member (a roster row is a holder), with the employer HR would be told. */
export function holdersForWageImpact(q: Sql): Promise<WageImpactHolderRow[]> {
  return q.query<WageImpactHolderRow>(
    `SELECT h.id, h.name, h.resident_id_masked, h.employer_id, e.name AS employer_name
     FROM holders h LEFT JOIN employers e ON e.id = h.employer_id ORDER BY h.created_at, h.id`,
  );
}

/** The active HR specialists of each employer (read only: the accounts are users'). */
export function activeHrOf(q: Sql, employerIds: readonly string[]): Promise<{ id: string; employer_id: string }[]> {
  if (employerIds.length === 0) return Promise.resolve([]);
  return q.query<{ id: string; employer_id: string }>(
    `SELECT id, employer_id FROM users WHERE role = 'hr' AND disabled_at IS NULL AND employer_id = ANY($1::uuid[])
     ORDER BY employer_id, created_at, id`,
    [employerIds],
  );
}
