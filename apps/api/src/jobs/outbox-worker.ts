import type { Db } from '../adapters/db/sql.ts';
import type { SmsSender } from '../adapters/sms/sms-sender.ts';
import type { Clock } from '../clock.ts';
import type { PiiCipher } from '../security/pii.ts';
import { claimDueSms, markDelivered, markFailedAttempt } from './outbox.repository.ts';

/** Where a message's secret goes in its stored text; the stored text never holds the secret itself. */
export const SECRET_MARKER = '{activationLink}';
export const OUTBOX_SECRET_FIELD = 'outbox.secret';

export interface OutboxDeps {
  db: Db;
  clock: Clock;
  pii: PiiCipher;
  sender: SmsSender;
  /** Rows younger than this are not delivered yet (OUTBOX_DELIVERY_DELAY_MS; 0 in production). */
  delayMs: number;
  maxAttempts?: number;
}

/**
 * Delivers one due SMS: claim (row lock), send, mark delivered, commit, all
 * in one transaction. A crash before the commit leaves the row pending for
 * the next run; a row committed as delivered is never picked again. The
 * outbox table is the source of truth; whatever wakes this only calls it.
 */
export async function deliverOne(d: OutboxDeps): Promise<'delivered' | 'failed' | 'none'> {
  let failure: { id: string; error: string; attempts: number } | undefined;
  const outcome = await d.db.tx(async (q) => {
    const row = await claimDueSms(q, new Date(d.clock.now().getTime() - d.delayMs));
    if (!row) return 'none' as const;
    try {
      const text = row.secret_enc ? row.text_zh.replace(SECRET_MARKER, d.pii.decrypt(OUTBOX_SECRET_FIELD, row.secret_enc)) : row.text_zh;
      await d.sender.send({ id: row.id, mobile: d.pii.decrypt('outbox.mobile', row.recipient_mobile_enc), text });
    } catch (error) {
      failure = { id: row.id, error: error instanceof Error ? error.message : String(error), attempts: row.attempts + 1 };
      throw error;
    }
    await markDelivered(q, row.id, d.clock.now());
    return 'delivered' as const;
  }).catch((error: unknown) => {
    if (!failure) throw error;
    return 'failed' as const;
  });
  if (failure) await d.db.tx((q) => markFailedAttempt(q, failure!.id, failure!.error, failure!.attempts >= (d.maxAttempts ?? 5)));
  return outcome;
}

/** Delivers every due SMS; returns how many were delivered. */
export async function drainOutbox(d: OutboxDeps, limit = 100): Promise<number> {
  let delivered = 0;
  for (let i = 0; i < limit; i++) {
    const r = await deliverOne(d);
    if (r === 'none') break;
    if (r === 'delivered') delivered++;
  }
  return delivered;
}
