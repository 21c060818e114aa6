import type { Sql } from '../../adapters/db/sql.ts';

export interface StoredNote {
  at: string;
  by: string;
  text: string;
}

export interface AttachedAssessment {
  input: Record<string, unknown>;
  summary: {
    asOf: string;
    total: number;
    standardScore: number;
    meetsStandard: boolean;
    eligible: boolean;
    policyId: string;
    policyHash: string;
  };
}

export interface ConsultationRow {
  id: string;
  reference: string;
  name: string;
  mobile_enc: string;
  mobile_masked: string;
  question: string;
  language: 'zh' | 'en';
  status: 'new' | 'called_back' | 'closed';
  notes: StoredNote[];
  assessment: AttachedAssessment | null;
  consent_notice_version: string;
  consented_at: Date;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, reference, name, mobile_enc, mobile_masked, question, language, status, notes, assessment,
  consent_notice_version, consented_at, created_at, updated_at`;

export async function insertConsultation(q: Sql, r: ConsultationRow): Promise<void> {
  await q.execute(
    `INSERT INTO consultations (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      r.id,
      r.reference,
      r.name,
      r.mobile_enc,
      r.mobile_masked,
      r.question,
      r.language,
      r.status,
      JSON.stringify(r.notes),
      r.assessment === null ? null : JSON.stringify(r.assessment),
      r.consent_notice_version,
      r.consented_at,
      r.created_at,
      r.updated_at,
    ],
  );
}

export function findByReference(q: Sql, reference: string) {
  return q.maybeOne<ConsultationRow>(`SELECT ${COLUMNS} FROM consultations WHERE reference = $1`, [reference]);
}

export function findById(q: Sql, id: string, forUpdate = false) {
  return q.maybeOne<ConsultationRow>(
    `SELECT ${COLUMNS} FROM consultations WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

/** The queue: open requests first (new, then called back), oldest first within a status. */
export function listConsultationRows(q: Sql, status: ConsultationRow['status'] | undefined) {
  const order = `ORDER BY CASE status WHEN 'new' THEN 0 WHEN 'called_back' THEN 1 ELSE 2 END, created_at, id LIMIT 500`;
  if (status)
    return q.query<ConsultationRow>(`SELECT ${COLUMNS} FROM consultations WHERE status = $1 ${order}`, [status]);
  return q.query<ConsultationRow>(`SELECT ${COLUMNS} FROM consultations ${order}`);
}

export async function updateConsultationRow(
  q: Sql,
  id: string,
  patch: { status: ConsultationRow['status']; notes: StoredNote[]; updatedAt: Date },
): Promise<void> {
  await q.execute('UPDATE consultations SET status = $2, notes = $3, updated_at = $4 WHERE id = $1', [
    id,
    patch.status,
    JSON.stringify(patch.notes),
    patch.updatedAt,
  ]);
}

export function deleteConsultation(q: Sql, id: string): Promise<number> {
  return q.execute('DELETE FROM consultations WHERE id = $1', [id]);
}

/** Removes every request created before `cutoff`; returns how many. */
export function deleteCreatedBefore(q: Sql, cutoff: Date): Promise<number> {
  return q.execute('DELETE FROM consultations WHERE created_at < $1', [cutoff]);
}
