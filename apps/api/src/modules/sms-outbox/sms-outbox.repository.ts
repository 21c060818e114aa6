import type { Sql } from '../../adapters/db/sql.ts';

export interface FailedSmsRow {
  id: string;
  application_id: string | null;
  template: string;
  recipient_mobile_masked: string | null;
  has_mobile: boolean;
  text_zh: string;
  text_en: string;
  attempts: number;
  failure_code: string | null;
  last_error: string | null;
  created_at: Date;
  failed_at: Date | null;
}

const COLUMNS = `id, application_id, template, recipient_mobile_masked, (recipient_mobile_enc IS NOT NULL OR recipient_holder_id IS NOT NULL) AS has_mobile, text_zh, text_en,
  attempts, failure_code, last_error, created_at, failed_at`;

/** SMS that failed for good, newest first (the outbox_failed index). */
export function listFailedSms(q: Sql, limit: number): Promise<FailedSmsRow[]> {
  return q.query<FailedSmsRow>(
    `SELECT ${COLUMNS} FROM outbox WHERE channel = 'sms' AND status = 'failed' ORDER BY failed_at DESC NULLS LAST, created_at DESC LIMIT $1`,
    [limit],
  );
}

export function findSmsForUpdate(q: Sql, id: string): Promise<(FailedSmsRow & { status: string }) | undefined> {
  return q.maybeOne<FailedSmsRow & { status: string }>(
    `SELECT ${COLUMNS}, status FROM outbox WHERE id = $1 AND channel = 'sms' FOR UPDATE`,
    [id],
  );
}
