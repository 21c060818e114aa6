import type { Sql } from '../adapters/db/sql.ts';

export interface DueSms {
  id: string;
  recipient_mobile_enc: string;
  text_zh: string;
  /** The encrypted secret part (an activation link), put into the text only when sending (migration 009). */
  secret_enc: string | null;
  attempts: number;
}

/**
 * Claims the oldest due SMS, row-locked for this transaction; others skip
 * it (SKIP LOCKED), so two workers never deliver the same row. `due` holds
 * back rows younger than the configured delay.
 */
export async function claimDueSms(q: Sql, due: Date): Promise<DueSms | undefined> {
  const row = await q.maybeOne<DueSms>(
    `SELECT id, recipient_mobile_enc, text_zh, secret_enc, attempts FROM outbox
     WHERE channel = 'sms' AND status IN ('pending', 'delivering') AND created_at <= $1
     ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [due],
  );
  if (!row) return undefined;
  await q.execute(`UPDATE outbox SET status = 'delivering', claimed_at = now(), attempts = attempts + 1 WHERE id = $1 AND status IN ('pending', 'delivering')`, [row.id]);
  return row;
}

export async function markDelivered(q: Sql, id: string, at: Date): Promise<void> {
  // A delivered secret is not kept: the link's token lives on only as its hash.
  await q.execute(`UPDATE outbox SET status = 'delivered', delivered_at = $2, last_error = NULL, secret_enc = NULL WHERE id = $1 AND status = 'delivering'`, [id, at]);
}

export async function markFailedAttempt(q: Sql, id: string, error: string, giveUp: boolean): Promise<void> {
  await q.execute(
    `UPDATE outbox SET status = $3, attempts = attempts + 1, last_error = $2,
       secret_enc = CASE WHEN $3::text = 'failed' THEN NULL ELSE secret_enc END
     WHERE id = $1 AND status IN ('pending', 'delivering')`,
    [id, error.slice(0, 500), giveUp ? 'failed' : 'pending'],
  );
}
