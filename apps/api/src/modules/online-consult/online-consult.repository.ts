import type { Sql } from '../../adapters/db/sql.ts';

/** Issue #14: threads, messages, knowledge entries and saved replies (migration 010). */

export interface AttachedAssessmentRow {
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

export interface ThreadRow {
  id: string;
  reference: string;
  user_id: string | null;
  mobile_enc: string | null;
  mobile_masked: string | null;
  notify_sms: boolean;
  question: string;
  language: 'zh' | 'en';
  status: 'waiting' | 'answered' | 'closed';
  claimed_by: string | null;
  claimed_name?: string | null;
  assessment: AttachedAssessmentRow | null;
  consent_notice_version: string;
  consented_at: Date;
  created_at: Date;
  updated_at: Date;
  first_answered_at: Date | null;
  version: number;
}

export interface MessageRow {
  id: string;
  thread_id: string;
  seq: number;
  author: 'person' | 'consultant' | 'system';
  author_user_id: string | null;
  author_name: string | null;
  body: string;
  rule_ids: string[];
  created_at: Date;
}

const THREAD_COLUMNS = `t.id, t.reference, t.user_id, t.mobile_enc, t.mobile_masked, t.notify_sms, t.question, t.language, t.status,
  t.claimed_by, u.display_name AS claimed_name, t.assessment, t.consent_notice_version, t.consented_at, t.created_at, t.updated_at,
  t.first_answered_at, t.version`;
const THREAD_FROM = 'consultation_threads t LEFT JOIN users u ON u.id = t.claimed_by';

export async function insertThread(q: Sql, r: ThreadRow): Promise<void> {
  await q.execute(
    `INSERT INTO consultation_threads (id, reference, user_id, mobile_enc, mobile_masked, notify_sms, question, language, status,
       claimed_by, assessment, consent_notice_version, consented_at, created_at, updated_at, first_answered_at, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      r.id,
      r.reference,
      r.user_id,
      r.mobile_enc,
      r.mobile_masked,
      r.notify_sms,
      r.question,
      r.language,
      r.status,
      r.claimed_by,
      r.assessment === null ? null : JSON.stringify(r.assessment),
      r.consent_notice_version,
      r.consented_at,
      r.created_at,
      r.updated_at,
      r.first_answered_at,
      r.version,
    ],
  );
}

export function findThreadByReference(q: Sql, reference: string, forUpdate = false) {
  return q.maybeOne<ThreadRow>(
    `SELECT ${THREAD_COLUMNS} FROM ${THREAD_FROM} WHERE t.reference = $1${forUpdate ? ' FOR UPDATE OF t' : ''}`,
    [reference],
  );
}

export function findThreadById(q: Sql, id: string, forUpdate = false) {
  return q.maybeOne<ThreadRow>(
    `SELECT ${THREAD_COLUMNS} FROM ${THREAD_FROM} WHERE t.id = $1${forUpdate ? ' FOR UPDATE OF t' : ''}`,
    [id],
  );
}

/** The queue: waiting first, then answered, then closed; oldest first within each. */
/** Where a queue page ends: the status rank, creation time and id of its last thread. */
export interface QueueCursor {
  rank: number;
  createdAt: string;
  id: string;
}

const RANK = "CASE t.status WHEN 'waiting' THEN 0 WHEN 'answered' THEN 1 ELSE 2 END";

/** One page of the queue (issue 18: keyset pages, not 300 threads with all their messages), `limit + 1` rows to tell if there is more. */
export function listThreadRows(q: Sql, status: ThreadRow['status'] | undefined, limit: number, after?: QueueCursor) {
  const params: unknown[] = [];
  const where: string[] = [];
  if (status) where.push(`t.status = $${params.push(status)}`);
  if (after)
    where.push(
      `(${RANK}, t.created_at, t.id) > ($${params.push(after.rank)}::int, $${params.push(after.createdAt)}::timestamptz, $${params.push(after.id)}::uuid)`,
    );
  return q.query<ThreadRow & { rank: number }>(
    `SELECT ${THREAD_COLUMNS}, ${RANK} AS rank FROM ${THREAD_FROM} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${RANK}, t.created_at, t.id LIMIT $${params.push(limit + 1)}`,
    params,
  );
}

export function listThreadsOfUser(q: Sql, userId: string) {
  return q.query<ThreadRow>(
    `SELECT ${THREAD_COLUMNS} FROM ${THREAD_FROM} WHERE t.user_id = $1 ORDER BY t.created_at DESC LIMIT 100`,
    [userId],
  );
}

export function listMessages(q: Sql, threadIds: readonly string[]) {
  if (threadIds.length === 0) return Promise.resolve([] as MessageRow[]);
  return q.query<MessageRow>(
    `SELECT id, thread_id, seq, author, author_user_id, author_name, body, rule_ids, created_at
     FROM consultation_messages WHERE thread_id = ANY($1::uuid[]) ORDER BY thread_id, seq`,
    [threadIds],
  );
}

export async function insertMessage(q: Sql, m: Omit<MessageRow, 'seq'>): Promise<number> {
  const row = await q.one<{ seq: number }>(
    `INSERT INTO consultation_messages (id, thread_id, seq, author, author_user_id, author_name, body, rule_ids, created_at)
     VALUES ($1, $2, (SELECT COALESCE(MAX(seq), 0) + 1 FROM consultation_messages WHERE thread_id = $2), $3, $4, $5, $6, $7, $8)
     RETURNING seq`,
    [m.id, m.thread_id, m.author, m.author_user_id, m.author_name, m.body, JSON.stringify(m.rule_ids), m.created_at],
  );
  return row.seq;
}

export async function updateThread(
  q: Sql,
  id: string,
  patch: { status: ThreadRow['status']; claimedBy: string | null; firstAnsweredAt: Date | null; at: Date },
): Promise<void> {
  await q.execute(
    `UPDATE consultation_threads SET status = $2, claimed_by = $3, first_answered_at = $4, updated_at = $5, version = version + 1 WHERE id = $1`,
    [id, patch.status, patch.claimedBy, patch.firstAnsweredAt, patch.at],
  );
}

export function deleteThread(q: Sql, id: string): Promise<number> {
  return q.execute('DELETE FROM consultation_threads WHERE id = $1', [id]);
}

/** PI-3 retention: the threads made before `cutoff` (messages, SMS rows and in-app messages go with them). */
export function deleteThreadsCreatedBefore(q: Sql, cutoff: Date): Promise<number> {
  return q.execute('DELETE FROM consultation_threads WHERE created_at < $1', [cutoff]);
}

export function listConsultants(q: Sql) {
  return q.query<{ id: string; display_name: string }>(
    `SELECT id, display_name FROM users WHERE role = 'consultant' AND disabled_at IS NULL ORDER BY display_name, id`,
  );
}

export interface KnowledgeRow {
  id: string;
  slug: string;
  status: 'draft' | 'published' | 'retired';
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  keywords_zh: string;
  keywords_en: string;
  rule_ids: string[];
  states: string[];
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
}

const KNOWLEDGE_COLUMNS = `id, slug, status, title_zh, title_en, body_zh, body_en, keywords_zh, keywords_en, rule_ids, states, created_at, updated_at, published_at`;

export function listKnowledge(q: Sql, status?: KnowledgeRow['status']) {
  if (status)
    return q.query<KnowledgeRow>(`SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_entries WHERE status = $1 ORDER BY slug`, [
      status,
    ]);
  return q.query<KnowledgeRow>(
    `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_entries ORDER BY CASE status WHEN 'draft' THEN 0 WHEN 'published' THEN 1 ELSE 2 END, slug`,
  );
}

export function findKnowledge(q: Sql, id: string, forUpdate = false) {
  return q.maybeOne<KnowledgeRow>(
    `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_entries WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

export function findKnowledgeBySlug(q: Sql, slug: string) {
  return q.maybeOne<KnowledgeRow>(`SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_entries WHERE slug = $1`, [slug]);
}

export async function upsertKnowledge(q: Sql, r: KnowledgeRow, by: string | null): Promise<void> {
  await q.execute(
    `INSERT INTO knowledge_entries (${KNOWLEDGE_COLUMNS}, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, status = EXCLUDED.status, title_zh = EXCLUDED.title_zh, title_en = EXCLUDED.title_en,
       body_zh = EXCLUDED.body_zh, body_en = EXCLUDED.body_en, keywords_zh = EXCLUDED.keywords_zh, keywords_en = EXCLUDED.keywords_en,
       rule_ids = EXCLUDED.rule_ids, states = EXCLUDED.states, updated_at = EXCLUDED.updated_at, published_at = EXCLUDED.published_at,
       updated_by = EXCLUDED.updated_by`,
    [
      r.id,
      r.slug,
      r.status,
      r.title_zh,
      r.title_en,
      r.body_zh,
      r.body_en,
      r.keywords_zh,
      r.keywords_en,
      JSON.stringify(r.rule_ids),
      JSON.stringify(r.states),
      r.created_at,
      r.updated_at,
      r.published_at,
      by,
    ],
  );
}

export interface SavedReplyRow {
  id: string;
  slug: string;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  rule_ids: string[];
}

export function listSavedReplies(q: Sql) {
  return q.query<SavedReplyRow>(
    'SELECT id, slug, title_zh, title_en, body_zh, body_en, rule_ids FROM consultant_saved_replies ORDER BY sort, slug',
  );
}

export function findSavedReply(q: Sql, id: string) {
  return q.maybeOne<SavedReplyRow & { sort: number }>(
    'SELECT id, slug, title_zh, title_en, body_zh, body_en, rule_ids, sort FROM consultant_saved_replies WHERE id = $1 FOR UPDATE',
    [id],
  );
}

export function findSavedReplyBySlug(q: Sql, slug: string) {
  return q.maybeOne<{ id: string }>('SELECT id FROM consultant_saved_replies WHERE slug = $1', [slug]);
}

/** A new reply goes last; an edited one keeps its place. */
export async function upsertSavedReply(q: Sql, r: SavedReplyRow, at: Date): Promise<void> {
  await q.execute(
    `INSERT INTO consultant_saved_replies (id, slug, title_zh, title_en, body_zh, body_en, rule_ids, sort, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(sort), 0) + 1 FROM consultant_saved_replies), $8)
     ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, title_zh = EXCLUDED.title_zh, title_en = EXCLUDED.title_en,
       body_zh = EXCLUDED.body_zh, body_en = EXCLUDED.body_en, rule_ids = EXCLUDED.rule_ids`,
    [r.id, r.slug, r.title_zh, r.title_en, r.body_zh, r.body_en, JSON.stringify(r.rule_ids), at],
  );
}

export async function deleteSavedReply(q: Sql, id: string): Promise<void> {
  await q.execute('DELETE FROM consultant_saved_replies WHERE id = $1', [id]);
}

export async function insertSavedReply(q: Sql, r: SavedReplyRow & { sort: number; created_at: Date }): Promise<void> {
  await q.execute(
    `INSERT INTO consultant_saved_replies (id, slug, title_zh, title_en, body_zh, body_en, rule_ids, sort, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (slug) DO NOTHING`,
    [r.id, r.slug, r.title_zh, r.title_en, r.body_zh, r.body_en, JSON.stringify(r.rule_ids), r.sort, r.created_at],
  );
}
