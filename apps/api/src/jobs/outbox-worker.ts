import { msg } from '@jifen/messages';
import { SMS_TEMPLATES } from '@jifen/domain';
import type { Db } from '../adapters/db/sql.ts';
import { SmsSendError, type SmsSender } from '../adapters/sms/sms-sender.ts';
import type { Clock } from '../clock.ts';
import type { PiiCipher } from '../security/pii.ts';
import {
  claimDueSms,
  markDelivered,
  markFailedAttempt,
  type DueSms,
} from '../modules/notifications/messages.service.ts';

/** Where a message's secret goes in its stored text; the stored text never holds the secret itself. */
export const SECRET_MARKER = '{activationLink}';
export const OUTBOX_SECRET_FIELD = 'outbox.secret';

export interface RetryPolicy {
  /** The first retry waits about this long; each further one twice as long (SMS_RETRY_BASE_MS). */
  baseMs: number;
  /** No wait is longer than this. */
  maxMs: number;
  /** [0, 1): the jitter's source (Math.random; a test passes its own). */
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 3_600_000, random: Math.random };

/**
 * Exponential backoff with jitter: after attempt n (1, 2, ...) wait
 * base * 2^(n-1), capped, and then a random 50-100 % of it, so that many
 * messages throttled together do not all come back in the same second.
 */
export function retryDelayMs(attempt: number, p: RetryPolicy): number {
  const ceiling = Math.min(p.maxMs, p.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * p.random());
}

export interface OutboxDeps {
  db: Db;
  clock: Clock;
  pii: PiiCipher;
  sender: SmsSender;
  /** Rows younger than this are not delivered yet (OUTBOX_DELIVERY_DELAY_MS; 0 in production). */
  delayMs: number;
  /** Attempts before a transient failure becomes final (SMS_MAX_ATTEMPTS). */
  maxAttempts?: number;
  retry?: RetryPolicy;
}

/** The text and the template's own parameters, with the secret (an activation link) put in only now. */
function outgoing(d: OutboxDeps, row: DueSms): { text: string; params: Record<string, string> } {
  const secret = row.secret_enc ? d.pii.decrypt(OUTBOX_SECRET_FIELD, row.secret_enc) : undefined;
  const text = secret !== undefined ? row.text_zh.replace(SECRET_MARKER, secret) : row.text_zh;
  const declared = (SMS_TEMPLATES as Record<string, { params: readonly string[] }>)[row.template]?.params ?? [];
  const params: Record<string, string> = {};
  for (const name of declared) {
    const value = name === 'activationLink' ? secret : row.params[name];
    if (value !== undefined && value !== null) params[name] = String(value);
  }
  return { text, params };
}

/**
 * The number to send to, read now: the message's own sealed number, or, for
 * a message that names a holder (the sweep's reminders, issue 20), the
 * holder's current one. A holder without a number fails for good, for an
 * administrator to see.
 */
function recipientMobile(d: OutboxDeps, row: DueSms): string {
  if (row.recipient_mobile_enc) return d.pii.decrypt('outbox.mobile', row.recipient_mobile_enc);
  if (row.holder_mobile_enc) return d.pii.decrypt('holder.mobile', row.holder_mobile_enc);
  const why = row.recipient_holder_id ? msg('smsOutbox.noMobile.holder') : msg('smsOutbox.noMobile.recipient');
  // Stored with the failed SMS in one column, both languages.
  throw new SmsSendError('NO_MOBILE', `${why.zh} / ${why.en}`, false);
}

/**
 * Delivers one due SMS: claim (row lock), send, mark delivered, commit, all
 * in one transaction. A crash before the commit leaves the row pending for
 * the next run; a row committed as delivered is never picked again. The
 * outbox table is the source of truth; whatever wakes this only calls it.
 * A transient failure (throttled, provider down) comes back after an
 * exponential backoff with jitter; a permanent one (bad number, rejected
 * signature) fails at once, for an administrator to see and resend.
 */
export async function deliverOne(d: OutboxDeps): Promise<'delivered' | 'failed' | 'none'> {
  let failure: { id: string; error: string; code: string | null; transient: boolean; attempts: number } | undefined;
  const outcome = await d.db
    .tx(async (q) => {
      const now = d.clock.now();
      const row = await claimDueSms(q, new Date(now.getTime() - d.delayMs), now);
      if (!row) return 'none' as const;
      try {
        const { text, params } = outgoing(d, row);
        await d.sender.send({
          id: row.id,
          mobile: recipientMobile(d, row),
          text,
          template: row.template,
          params,
        });
      } catch (error) {
        const coded = error instanceof SmsSendError ? error : undefined;
        failure = {
          id: row.id,
          error: error instanceof Error ? error.message : String(error),
          code: coded?.code ?? null,
          // An error that is not the provider's verdict (a network fault, a crash in the SDK) is worth another try.
          transient: coded?.transient ?? true,
          attempts: row.attempts + 1,
        };
        throw error;
      }
      await markDelivered(q, row.id, d.clock.now());
      return 'delivered' as const;
    })
    .catch((error: unknown) => {
      if (!failure) throw error;
      return 'failed' as const;
    });
  if (failure) {
    const f = failure;
    const at = d.clock.now();
    const retry = f.transient && f.attempts < (d.maxAttempts ?? 5);
    const retryAt = retry ? new Date(at.getTime() + retryDelayMs(f.attempts, d.retry ?? DEFAULT_RETRY)) : null;
    await d.db.tx((q) => markFailedAttempt(q, { id: f.id, error: f.error, code: f.code, retryAt, at }));
  }
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
