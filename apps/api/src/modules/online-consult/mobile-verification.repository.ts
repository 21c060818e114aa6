import type { Sql } from '../../adapters/db/sql.ts';

/** Issue 18: the asker's number proved by a code, and the SMS each number may get per day (migration 022). */
export interface MobileCodeRow {
  mobile_code_hash: string | null;
  mobile_code_attempts: number;
  mobile_verified_at: Date | null;
}

export function mobileCodeOf(q: Sql, threadId: string) {
  return q.one<MobileCodeRow>(
    'SELECT mobile_code_hash, mobile_code_attempts, mobile_verified_at FROM consultation_threads WHERE id = $1',
    [threadId],
  );
}

export async function setMobileCode(q: Sql, threadId: string, codeHash: string): Promise<void> {
  await q.execute('UPDATE consultation_threads SET mobile_code_hash = $2, mobile_code_attempts = 0 WHERE id = $1', [
    threadId,
    codeHash,
  ]);
}

export async function countCodeAttempt(q: Sql, threadId: string): Promise<void> {
  await q.execute('UPDATE consultation_threads SET mobile_code_attempts = mobile_code_attempts + 1 WHERE id = $1', [
    threadId,
  ]);
}

export async function markMobileVerified(q: Sql, threadId: string, at: Date): Promise<void> {
  await q.execute('UPDATE consultation_threads SET mobile_verified_at = $2, mobile_code_hash = NULL WHERE id = $1', [
    threadId,
    at,
  ]);
}

/** Takes one SMS of the number's allowance for the day; false when it is used up. */
export async function takeSmsAllowance(q: Sql, mobileHash: string, day: string, max: number): Promise<boolean> {
  const row = await q.maybeOne<{ sent: number }>(
    `INSERT INTO consult_sms_per_number AS s (mobile_hash, day, sent) VALUES ($1, $2::date, 1)
     ON CONFLICT (mobile_hash, day) DO UPDATE SET sent = s.sent + 1 WHERE s.sent < $3
     RETURNING sent`,
    [mobileHash, day, max],
  );
  return row !== undefined;
}

/** Old days are of no use: swept with the thread purge. */
export async function deleteSmsAllowancesBefore(q: Sql, day: string): Promise<void> {
  await q.execute('DELETE FROM consult_sms_per_number WHERE day < $1::date', [day]);
}
