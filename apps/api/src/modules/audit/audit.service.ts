import { createHash } from 'node:crypto';
import { addDays } from '@jifen/domain';
import type { AuditAction, AuditEntry, AuditResponse, AuditVerifyResponse, ListAuditQuery } from '@jifen/contracts';
import type { Db, Sql } from '../../adapters/db/sql.ts';
import type { Clock } from '../../clock.ts';
import { maskIdNumbersInOptionalText } from '../../security/free-text.ts';
import { scrubValue } from '../../security/redact.ts';
import {
  auditBatch,
  insertAuditRow,
  latestAfterOf,
  listAuditRows,
  lockChainHead,
  type AuditListRow,
  type AuditRow,
} from './audit.repository.ts';
import { canonicalJson, storedForm } from './canonical.ts';

import type { Actor } from '../../access.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  /** A code of the label table (packages/contracts/src/audit-actions.ts): a code without a label does not compile. */
  action: AuditAction;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** The request that caused a system action (actor null), to trace it back. */
  requestId?: string | null;
}

type ChainFields = Omit<AuditRow, 'prev_hash' | 'hash' | 'at'> & { at: string };

/** The hash of one entry after `prevHash` (exported for tests that play an attacker recomputing the chain). */
export function entryHash(prevHash: string, f: ChainFields): string {
  const canonical = canonicalJson({
    id: f.id,
    at: f.at,
    actorId: f.actor_id,
    actorRole: f.actor_role,
    action: f.action,
    subjectType: f.subject_type,
    subjectId: f.subject_id,
    before: f.before,
    after: f.after,
    reason: f.reason,
    requestId: f.request_id,
  });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

const appendListeners = new Set<() => void>();

/**
 * Calls `listener` after each entry is appended (before its transaction
 * commits: a listener waits a moment and reads the head). The signed-head
 * writer uses it (issue 18); returns the unsubscribe function.
 */
export function onAuditAppended(listener: () => void): () => void {
  appendListeners.add(listener);
  return () => appendListeners.delete(listener);
}

/**
 * Appends one entry inside the caller's transaction, so the entry commits
 * with the change it describes. The chain head is locked first: concurrent
 * writers queue instead of forking the chain. Personal data in before/after
 * is masked (PI-1).
 */
export async function appendAudit(
  q: Sql,
  clock: Clock,
  actor: Actor | null,
  input: AuditInput,
): Promise<{ id: string; hash: string }> {
  if (!q.inTransaction) throw new Error('appendAudit must run inside a transaction');
  const head = await lockChainHead(q);
  const prevHash = head?.hash ?? GENESIS_HASH;
  // Hashed and stored in the same canonical form: what verify reads back is what was hashed.
  const fields: ChainFields = storedForm({
    id: String((head?.id ?? 0) + 1),
    at: clock.now().toISOString(),
    actor_id: actor?.id ?? null,
    actor_role: actor?.role ?? null,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId ?? null,
    before: input.before === undefined ? null : JSON.parse(JSON.stringify(scrubValue(input.before))),
    after: input.after === undefined ? null : JSON.parse(JSON.stringify(scrubValue(input.after))),
    // PI-1: a reason is free text; an ID number or mobile in it is stored masked.
    reason: maskIdNumbersInOptionalText(input.reason ?? null),
    request_id: actor?.requestId ?? input.requestId ?? null,
  });
  const hash = entryHash(prevHash, fields);
  await insertAuditRow(q, { ...fields, prev_hash: prevHash, hash });
  for (const listener of appendListeners) listener();
  return { id: fields.id, hash };
}

/** Appends in a transaction of its own (for actions that change nothing else, e.g. a reveal). */
/**
 * What the newest entry of `action` recorded (its `after`) for each subject
 * that has one: the audited decision a stored value is checked against
 * (issue 18: replay and the points notice).
 */
export function latestAudited(q: Sql, action: AuditAction, subjectIds: string[]): Promise<Map<string, unknown>> {
  return latestAfterOf(q, action, subjectIds);
}

export function recordAudit(db: Db, clock: Clock, actor: Actor | null, input: AuditInput) {
  return db.tx((q) => appendAudit(q, clock, actor, input));
}

/**
 * Walks the chain from the start: ids must run 1, 2, 3 ... (a deleted row
 * leaves a gap), each prev_hash must be the previous entry's hash, and each
 * hash must match the entry's content (an edited row no longer does).
 */
export async function verifyAuditChain(
  db: Sql,
  batchSize = 1000,
  from?: { id: number; hash: string },
): Promise<AuditVerifyResponse> {
  // `from`: walk only the entries after an entry already trusted (a signed checkpoint's head).
  let prevHash = from?.hash ?? GENESIS_HASH;
  let expectedId = (from?.id ?? 0) + 1;
  let checked = 0;
  for (;;) {
    const rows = await auditBatch(db, expectedId - 1, batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      const id = Number(row.id);
      if (id !== expectedId) {
        return {
          ok: false,
          checked,
          firstBadEntryId: row.id,
          problem: `entry ${expectedId} is missing before entry ${id}`,
        };
      }
      if (row.prev_hash !== prevHash) {
        return { ok: false, checked, firstBadEntryId: row.id, problem: 'does not link to the previous entry' };
      }
      const recomputed = entryHash(prevHash, { ...row, at: row.at.toISOString() });
      if (recomputed !== row.hash) {
        return { ok: false, checked, firstBadEntryId: row.id, problem: 'content does not match its hash' };
      }
      prevHash = row.hash;
      expectedId = id + 1;
      checked += 1;
    }
  }
}

const toEntry = (r: AuditListRow): AuditEntry => ({
  id: r.id,
  at: r.at.toISOString(),
  actorId: r.actor_id,
  actorRole: r.actor_role,
  actorName: r.actor_name,
  subjectName: r.subject_name,
  action: r.action,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  before: r.before ?? null,
  after: r.after ?? null,
  reason: r.reason,
  requestId: r.request_id,
  hash: r.hash,
});

/** Shanghai (UTC+8, no daylight saving) midnight of a calendar day, as an instant. */
const shanghaiMidnight = (day: string) => `${day}T00:00:00+08:00`;

export async function listAudit(db: Sql, query: ListAuditQuery): Promise<AuditResponse> {
  const limit = query.limit ?? 50;
  const rows = await listAuditRows(db, {
    action: query.action,
    actorId: query.actorId,
    subjectType: query.subjectType,
    subjectId: query.subjectId,
    from: query.from ? shanghaiMidnight(query.from) : undefined,
    until: query.to ? shanghaiMidnight(addDays(query.to, 1)) : undefined,
    before: query.before,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { entries: page.map(toEntry), nextBefore: rows.length > limit && last ? Number(last.id) : null };
}
