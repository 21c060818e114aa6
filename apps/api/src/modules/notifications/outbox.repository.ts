import type { Sql } from '../../adapters/db/sql.ts';

export interface DueSms {
  id: string;
  recipient_mobile_enc: string;
  text_zh: string;
  /** The encrypted secret part (an activation link), put into the text only when sending (migration 009). */
  secret_enc: string | null;
  attempts: number;
  template: string;
  params: Record<string, unknown>;
}

/**
 * Claims the oldest due SMS, row-locked for this transaction; others skip
 * it (SKIP LOCKED), so two workers never deliver the same row. `due` holds
 * back rows younger than the configured delay; a row waiting out a retry
 * backoff (next_attempt_at, migration 013) is not due before then.
 */
export async function claimDueSms(q: Sql, due: Date, now: Date): Promise<DueSms | undefined> {
  const row = await q.maybeOne<DueSms>(
    `SELECT id, recipient_mobile_enc, text_zh, secret_enc, attempts, template, params FROM outbox
     WHERE channel = 'sms' AND status IN ('pending', 'delivering') AND created_at <= $1
       AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
     ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [due, now],
  );
  if (!row) return undefined;
  await q.execute(
    `UPDATE outbox SET status = 'delivering', claimed_at = now(), attempts = attempts + 1 WHERE id = $1 AND status IN ('pending', 'delivering')`,
    [row.id],
  );
  return row;
}

export async function markDelivered(q: Sql, id: string, at: Date): Promise<void> {
  // A delivered secret is not kept: the link's token lives on only as its hash.
  await q.execute(
    `UPDATE outbox SET status = 'delivered', delivered_at = $2, last_error = NULL, failure_code = NULL, next_attempt_at = NULL, secret_enc = NULL
     WHERE id = $1 AND status = 'delivering'`,
    [id, at],
  );
}

/** A failed attempt: back to pending until `retryAt`, or failed for good (retryAt null) with the provider's code. */
export async function markFailedAttempt(
  q: Sql,
  f: { id: string; error: string; code: string | null; retryAt: Date | null; at: Date },
): Promise<void> {
  await q.execute(
    `UPDATE outbox SET status = $3, attempts = attempts + 1, last_error = $2, failure_code = $4, next_attempt_at = $5,
       failed_at = CASE WHEN $3::text = 'failed' THEN $6::timestamptz ELSE NULL END,
       secret_enc = CASE WHEN $3::text = 'failed' THEN NULL ELSE secret_enc END
     WHERE id = $1 AND status IN ('pending', 'delivering')`,
    [f.id, f.error.slice(0, 500), f.retryAt ? 'pending' : 'failed', f.code, f.retryAt, f.at],
  );
}
