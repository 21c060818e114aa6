import type { Sql } from '../../adapters/db/sql.ts';

export interface DueSms {
  id: string;
  /** The number sealed for this message (field outbox.mobile), or null when the message names a holder. */
  recipient_mobile_enc: string | null;
  /** The holder's number as it is now (field holder.mobile) for a message that names a holder (issue 20, migration 025). */
  holder_mobile_enc: string | null;
  /** The message names a holder (the sweep's reminders). */
  recipient_holder_id: string | null;
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
 * backoff (next_attempt_at, migration 013) is not due before then. A
 * message that names a holder comes with the holder's number as it is now.
 */
export async function claimDueSms(q: Sql, due: Date, now: Date): Promise<DueSms | undefined> {
  const row = await q.maybeOne<DueSms>(
    `SELECT o.id, o.recipient_mobile_enc, o.recipient_holder_id, h.mobile_enc AS holder_mobile_enc, o.text_zh, o.secret_enc, o.attempts, o.template, o.params
     FROM outbox o LEFT JOIN holders h ON h.id = o.recipient_holder_id
     WHERE o.channel = 'sms' AND o.status IN ('pending', 'delivering') AND o.created_at <= $1
       AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= $2)
     ORDER BY o.created_at, o.id LIMIT 1 FOR UPDATE OF o SKIP LOCKED`,
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
